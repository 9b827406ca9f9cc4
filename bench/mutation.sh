#!/usr/bin/env bash
# Mutation testing on demand (not in .ci/run): Stryker.NET for every library of src/ against its tests, with the
# options of the stryker-config.json beside each test project. Prints each library's score over the mutants that are
# not listed as equivalent in bench/mutation-equivalent.txt, and every other surviving mutant (file:line, mutation).
#   bash bench/mutation.sh                 every library
#   bash bench/mutation.sh Signing Schemas only these (names without the PeeringContracts. prefix)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PACT_DO_NOT_TRACK=true
dotnet tool restore >/dev/null
out="$root/TestResults/mutation"
mkdir -p "$out"

# The test project that holds a library's tests: the conformance library's are the self-test's fault and quirk rows.
tests_of() {
  case "$1" in
    Conformance) echo "tests/PeeringContracts.Conformance.SelfTests" ;;
    *) echo "tests/PeeringContracts.$1.Tests" ;;
  esac
}

if [ "$#" -gt 0 ]; then
  libraries=("$@")
else
  libraries=()
  for project in src/*/; do
    name=$(basename "$project")
    libraries+=("${name#PeeringContracts.}")
  done
fi

status=0
for library in "${libraries[@]}"; do
  tests=$(tests_of "$library")
  if [ ! -f "$tests/stryker-config.json" ]; then
    echo "== $library: not measured (no $tests/stryker-config.json)"
    continue
  fi
  echo "== $library against $tests"
  started=$(date +%s)
  if ! (cd "$tests" && dotnet tool run dotnet-stryker --output "$out/$library" >"$out/$library.log" 2>&1); then
    echo "   Stryker failed; its log: $out/$library.log"
    status=1
    continue
  fi
  seconds=$(( $(date +%s) - started ))
  python3 bench/mutation-report.py "$out/$library/reports/mutation-report.json" bench/mutation-equivalent.txt "$root" "$seconds"
done
exit "$status"
