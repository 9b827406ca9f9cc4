#!/usr/bin/env bash
# Where a fresh clone's CI time goes: clones a commit (default HEAD) into a temporary folder and times, one after the
# other, the NuGet restore, the build of the solution (per project, the compiler, and the `npm ci` the build runs), and
# each test assembly on its own. The NuGet cache is left as it is (warm after a first run).
# Usage: bash bench/ci-breakdown.sh [commit] [extra dotnet build arguments…]
set -euo pipefail
repository=$(cd "$(dirname "$0")/.." && pwd)
commit=${1:-HEAD}
shift || true
export PACT_DO_NOT_TRACK=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
clone=$(mktemp -d)
trap 'rm -rf "$clone"' EXIT
git clone -q "$repository" "$clone"
git -C "$clone" checkout -q "$commit"
cd "$clone"

seconds_of() { local start; start=$(date +%s.%N); "$@" > "$clone/step.log" 2>&1 || { cat "$clone/step.log" >&2; exit 1; }; echo "$(date +%s.%N) - $start" | awk '{ printf "%.1f", $1 - $3 }'; }

echo "commit $(git rev-parse --short HEAD), $(nproc) logical CPUs, .NET $(dotnet --version)"
echo "restore                  $(seconds_of dotnet restore PeeringContracts.sln) s"
echo "build                    $(seconds_of dotnet build PeeringContracts.sln --no-restore -clp:PerformanceSummary "$@") s"
echo "  per project, inclusive of the projects it waits for:"
awk '/Project Performance Summary:/ { p = 1; next } /Target Performance Summary:/ { p = 0 } p && $3 ~ /\.(csproj|sln)$/ { printf "  %8s ms  %s\n", $1, $3 }' step.log \
  | sed "s#$clone/##"
awk '/Task Performance Summary:/ { t = 1 } t && $3 == "Csc" { printf "  compiler (Csc, summed over projects) %s ms\n", $1 }
     $3 == "InstallPactNativeCore" { printf "  npm ci (InstallPactNativeCore)       %s ms\n", $1 }' step.log
for project in $(dotnet sln PeeringContracts.sln list | grep '^tests/'); do
  start=$(date +%s.%N)
  verdict=passed
  dotnet test "$project" --no-build --settings runsettings/ci.runsettings --results-directory "$clone/TestResults" > step.log 2>&1 || verdict=FAILED
  printf 'test %-42s %s s (%s)\n' "$(basename "$(dirname "$project")")" "$(echo "$(date +%s.%N) - $start" | awk '{ printf "%.1f", $1 - $3 }')" "$verdict"
done
