#!/usr/bin/env bash
# Publishes the consumer contracts to a Pact Broker with the official `pact` CLI.
#
#   scripts/publish-pacts.sh [pact files or folders…]      (default: pacts/)
#
# PACT_BROKER_BASE_URL, and PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD: the broker and its credentials.
# PACT_CONSUMER_VERSION: default the git commit (git rev-parse HEAD).
# PACT_CONSUMER_BRANCH: default the CI's branch (GITHUB_HEAD_REF, GITHUB_REF_NAME, CI_COMMIT_REF_NAME), else git's.
# PACT_BUILD_URL: default the CI's job URL (GitHub Actions, GitLab CI_JOB_URL, Jenkins BUILD_URL), else none.
set -euo pipefail
source "$(dirname "$0")/lib/broker.sh"

require_broker_settings

consumer_version="$(version_or_git_commit PACT_CONSUMER_VERSION)"

consumer_branch="${PACT_CONSUMER_BRANCH:-${GITHUB_HEAD_REF:-${GITHUB_REF_NAME:-${CI_COMMIT_REF_NAME:-}}}}"
if [ -z "$consumer_branch" ]; then
  consumer_branch="$(git -C "$repository_root" rev-parse --abbrev-ref HEAD 2>/dev/null || true)"
  [ "$consumer_branch" = HEAD ] && consumer_branch=""   # a detached checkout has no branch
fi

build_url="${PACT_BUILD_URL:-${CI_JOB_URL:-${BUILD_URL:-}}}"
if [ -z "$build_url" ] && [ -n "${GITHUB_RUN_ID:-}" ]; then
  build_url="${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:-}/actions/runs/$GITHUB_RUN_ID"
fi

pact_files=()
for source in "${@:-$repository_root/pacts}"; do
  if [ -d "$source" ]; then
    shopt -s nullglob
    pact_files+=("$source"/*.json)
    shopt -u nullglob
  else
    pact_files+=("$source")
  fi
done
[ "${#pact_files[@]}" -gt 0 ] || fail "no pact file (*.json) in ${*:-$repository_root/pacts}."

# The CLI's own message for a broken file is vague; this names the file and what is wrong with it.
for pact_file in "${pact_files[@]}"; do
  [ -f "$pact_file" ] || fail "the pact file $pact_file does not exist."
  problem="$(node -e '
    const fs = require("fs");
    let pact;
    try { pact = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch (e) { console.log("is not valid JSON (" + e.message + ")"); process.exit(); }
    if (!pact?.consumer?.name || !pact?.provider?.name || !Array.isArray(pact?.interactions)) console.log("is not a pact (it needs consumer.name, provider.name and interactions)");
  ' "$pact_file")"
  [ -z "$problem" ] || fail "the pact file $pact_file $problem."
done

arguments=(publish "${pact_files[@]}" --broker-base-url "$PACT_BROKER_BASE_URL" --consumer-app-version "$consumer_version")
[ -n "$consumer_branch" ] && arguments+=(--branch "$consumer_branch")
[ -n "$build_url" ] && arguments+=(--build-url "$build_url")

echo "Publishing ${#pact_files[@]} pact file(s) as version $consumer_version${consumer_branch:+ on branch $consumer_branch} to $PACT_BROKER_BASE_URL."
run_pact_broker "${arguments[@]}"
