#!/usr/bin/env bash
# Tells the Pact Broker that a version is now deployed to an environment (run it after the deployment succeeded).
#
#   scripts/record-deployment.sh <pacticipant> <environment>
#
# PACT_BROKER_BASE_URL, and PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD: the broker and its credentials.
# PACT_PACTICIPANT_VERSION: the deployed version; default the git commit (git rev-parse HEAD).
set -euo pipefail
source "$(dirname "$0")/lib/broker.sh"

[ "$#" -eq 2 ] || fail "usage: $(basename "$0") <pacticipant> <environment>, e.g. vpc-peering-api production."
require_broker_settings
version="$(version_or_git_commit PACT_PACTICIPANT_VERSION)"

run_pact_broker record-deployment --broker-base-url "$PACT_BROKER_BASE_URL" \
  --pacticipant "$1" --version "$version" --environment "$2"
