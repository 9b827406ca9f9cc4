#!/usr/bin/env bash
# Three ratios, each measured side by side in one run on this machine:
#   1. the conformance run (`dotnet test --no-build` against the embedded provider) / an empty NUnit project's run;
#   2. this repository's PactVerifier / the official `npx pact verifier`, same contract, same provider;
#   3. schema validation time per response / the provider's time per reject (one client).
# Usage: bash bench/ratios.sh [runs]   (default 5; Release builds; nothing here is part of the test command)
set -euo pipefail
cd "$(dirname "$0")/.."
export PACT_DO_NOT_TRACK=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs=${1:-5}
report_dir=$(mktemp -d)
trap 'rm -rf "$report_dir"' EXIT

for project in tests/PeeringContracts.Conformance.Runner bench/PeeringContracts.Bench.TestHostFloor bench/PeeringContracts.Bench.Verifier \
               bench/PeeringContracts.Bench.Schemas bench/PeeringContracts.Bench.ReferenceProvider; do
  dotnet build "$project" -c Release -v quiet -nologo > "$report_dir/build.log" 2>&1 || { cat "$report_dir/build.log" >&2; exit 1; }
done
echo "machine: $(nproc) logical CPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), .NET $(dotnet --version)"

seconds() { local start end; start=$(date +%s.%N); "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; end=$(date +%s.%N); echo "$end - $start" | awk '{ print $1 - $3 }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

conformance=(); floor=()
for _ in $(seq 1 "$runs"); do
  conformance+=("$(PEERING_REPORT_DIR="$report_dir" seconds dotnet test tests/PeeringContracts.Conformance.Runner -c Release --no-build --settings runsettings/local.runsettings)")
  floor+=("$(seconds dotnet test bench/PeeringContracts.Bench.TestHostFloor -c Release --no-build)")
done
conformance_s=$(printf '%s\n' "${conformance[@]}" | median); floor_s=$(printf '%s\n' "${floor[@]}" | median)
echo
echo "1. conformance run ${conformance_s} s / empty NUnit project ${floor_s} s (medians of $runs, alternating)"
awk -v a="$conformance_s" -v b="$floor_s" 'BEGIN { printf "   ratio %.2f\n", a / b }'

echo
echo "2. provider verification of pacts/"
dotnet run -c Release --no-build --project bench/PeeringContracts.Bench.Verifier -- "$runs" | tail -4 | sed "s/^/   /"

echo
schemas=$(dotnet run -c Release --no-build --project bench/PeeringContracts.Bench.Schemas)
provider=$(dotnet run -c Release --no-build --project bench/PeeringContracts.Bench.ReferenceProvider)
validation_us=$(grep -o '([0-9.]* µs each)' <<< "$schemas" | tr -dc '0-9.')
rejects_per_s=$(awk -F'|' '$2 + 0 == 1 { print $4 + 0 }' <<< "$provider")
echo "3. schema validation ${validation_us} µs per response / reject on the provider $(awk -v r="$rejects_per_s" 'BEGIN { printf "%.0f", 1e6 / r }') µs (1 client, ${rejects_per_s} rejects/s)"
awk -v v="$validation_us" -v r="$rejects_per_s" 'BEGIN { printf "   ratio %.3f\n", v / (1e6 / r) }'
