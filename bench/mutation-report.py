"""Reads a Stryker JSON report: prints the score over the mutants not listed as equivalent and every other survivor.

Usage: mutation-report.py REPORT EQUIVALENTS REPOSITORY_ROOT SECONDS
EQUIVALENTS holds one mutant a line, file, mutator, source line and reason separated by tabs (the line's text, trimmed, so an entry
survives edits elsewhere in the file); lines starting with '#' are comments.
"""
import json
import os
import sys

report_path, equivalents_path, root, seconds = sys.argv[1:5]

equivalent = set()
with open(equivalents_path, encoding="utf-8") as equivalents:
    for line in equivalents:
        if line.strip() and not line.startswith("#"):
            file, mutator, source, _reason = (part.strip() for part in line.rstrip("\n").split("\t", 3))
            equivalent.add((file, mutator, source))

with open(report_path, encoding="utf-8") as report_file:
    report = json.load(report_file)

killed = survived = equivalents_seen = 0
survivors = []
for path, entry in sorted(report["files"].items()):
    file = os.path.relpath(path, root)
    lines = entry["source"].splitlines()
    for mutant in entry["mutants"]:
        status = mutant["status"]
        if status in ("Killed", "Timeout"):
            killed += 1
        elif status in ("Survived", "NoCoverage"):
            line = mutant["location"]["start"]["line"]
            source = lines[line - 1].strip()
            if (file, mutant["mutatorName"], source) in equivalent:
                equivalents_seen += 1
                continue
            survived += 1
            what = "no test covers it" if status == "NoCoverage" else "survived"
            survivors.append(f"   {file}:{line} {mutant['mutatorName']} → {mutant['replacement']!r} ({what})")

judged = killed + survived
score = 100.0 * killed / judged if judged else 100.0
print(f"   score {score:.1f}%: {killed} of {judged} mutants killed, {equivalents_seen} equivalent, {seconds} s")
for survivor in survivors:
    print(survivor)
