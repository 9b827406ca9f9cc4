#!/usr/bin/env bash
# Times the conformance run against the embedded reference provider: the whole `dotnet test --no-build` (process start,
# discovery, provider start, checks, cleanup, report) and the checks themselves (the test run's own Duration line).
# Usage: bash bench/conformance-run.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs=${1:-5}
report_dir=$(mktemp -d)
trap 'rm -rf "$report_dir"' EXIT

dotnet build tests/PeeringContracts.Conformance -c Release -v quiet -nologo > /dev/null
printf 'run  wall_s  checks\n'
for run in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  output=$(PEERING_REPORT_DIR="$report_dir" dotnet test tests/PeeringContracts.Conformance -c Release --no-build \
    --settings runsettings/local.runsettings 2>&1) || { echo "$output" >&2; exit 1; }
  end=$(date +%s.%N)
  checks=$(grep -o 'Duration: [^-]*' <<< "$output" | tail -1 | sed 's/Duration: //; s/ *$//')
  printf '%3d  %6.2f  %s\n' "$run" "$(echo "$end - $start" | awk '{ print $1 - $3 }')" "$checks"
done
