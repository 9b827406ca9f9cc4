#!/usr/bin/env bash
# Prints one line 'N passed, N failed, N skipped' summed over the JUnit files of the newest test run in a results folder
# (default TestResults), and exits 1 when a test failed, an assembly of that run wrote no JUnit file, or none ran: the
# one summary of a run that spans several test assemblies.
#
# Only the newest run counts. A results folder outlives a run (the README's gate commands do not empty it), so JUnit
# files of earlier runs, of assemblies this run did not include, stay beside this run's. Each test project records its
# run before its tests (Directory.Build.targets): the id dotnet test gives the whole command, the same for every project
# of one command, goes to run-ids/latest and to run-ids/<assembly>; the project also deletes its own earlier results.
# A file <assembly>.junit.xml (ci.runsettings names them so) counts when run-ids/<assembly> holds the id in
# run-ids/latest. Ids, not file times: a run is told apart by what it wrote, however close in time two runs are, and an
# assembly of the run that left no file (its test host died) is named instead of its earlier file being counted.
# Usage: bash scripts/junit-summary.sh [results-folder]
set -euo pipefail
folder=${1:-TestResults}
ids="$folder/run-ids"

if [ ! -f "$ids/latest" ]; then
  echo "no test run recorded in $ids/latest: run dotnet test with --results-directory $folder first" >&2
  exit 1
fi
latest=$(cat "$ids/latest")

files=()
status=0
for stamp in "$ids"/*; do
  assembly=$(basename "$stamp")
  if [ "$assembly" = latest ] || [ "$(cat "$stamp")" != "$latest" ]; then
    continue
  fi
  if [ -f "$folder/$assembly.junit.xml" ]; then
    files+=("$folder/$assembly.junit.xml")
  else
    echo "$assembly ran in the newest run but wrote no $assembly.junit.xml (its test host stopped, or the run settings enable no junit logger)" >&2
    status=1
  fi
done

count() {
  { [ "${#files[@]}" -eq 0 ] || cat "${files[@]}"; } \
    | { grep -o "<testsuite [^>]*" || true; } \
    | awk -v key="$1" '{ if (match($0, " " key "=\"[0-9]+\"")) { v = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", v); n += v } } END { print n + 0 }'
}
total=$(count tests); failures=$(count failures); errors=$(count errors); skipped=$(count skipped)
failed=$((failures + errors))
passed=$((total - failed - skipped))

if [ "$total" -eq 0 ]; then
  echo "no test ran" >&2
  status=1
elif [ "$failed" -gt 0 ]; then
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
