#!/usr/bin/env bash
# Asks the Pact Broker whether a version may be deployed to an environment (exit 0: yes; non-zero: no, or no answer).
#
#   scripts/can-i-deploy.sh <pacticipant> <environment>
#
# PACT_BROKER_BASE_URL, and PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD: the broker and its credentials.
# PACT_PACTICIPANT_VERSION: the version to deploy; default the git commit (git rev-parse HEAD).
set -euo pipefail
source "$(dirname "$0")/lib/broker.sh"

[ "$#" -eq 2 ] || fail "usage: $(basename "$0") <pacticipant> <environment>, e.g. peering-console production."
require_broker_settings
version="$(version_or_git_commit PACT_PACTICIPANT_VERSION)"

run_pact_broker can-i-deploy --broker-base-url "$PACT_BROKER_BASE_URL" \
  --pacticipant "$1" --version "$version" --to-environment "$2"
