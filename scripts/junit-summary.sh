#!/usr/bin/env bash
# Prints one line 'N passed, N failed, N skipped' summed over the JUnit files of a results folder (default TestResults),
# and exits 1 when a test failed or none ran: the one summary of a run that spans several test assemblies.
# Usage: bash scripts/junit-summary.sh [results-folder]
set -euo pipefail
folder=${1:-TestResults}

count() {
  { cat "$folder"/*.junit.xml 2>/dev/null || true; } \
    | { grep -o "<testsuite [^>]*" || true; } \
    | awk -v key="$1" '{ if (match($0, " " key "=\"[0-9]+\"")) { v = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", v); n += v } } END { print n + 0 }'
}
total=$(count tests); failures=$(count failures); errors=$(count errors); skipped=$(count skipped)
failed=$((failures + errors))
passed=$((total - failed - skipped))

status=0
if [ "$total" -eq 0 ]; then
  echo "no test ran" >&2
  status=1
elif [ "$failed" -gt 0 ]; then
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
