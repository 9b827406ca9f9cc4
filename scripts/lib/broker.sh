# Shared by the broker scripts (sourced, not run): settings from the environment, the official `pact` CLI, and one
# clear sentence instead of the CLI's output when the broker cannot be reached or refuses the credentials.
# Secrets (PACT_BROKER_TOKEN, PACT_BROKER_PASSWORD) reach the CLI through the environment only and are never printed.

repository_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export PACT_DO_NOT_TRACK=true
# The CLI retries 5xx answers with back-off (8 times by default, about two minutes); two retries are enough for CI.
export PACT_BROKER_HTTP_RETRIES="${PACT_BROKER_HTTP_RETRIES:-2}"

fail() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

require_variable() {
  [ -n "${!1:-}" ] || fail "$1 is not set: $2"
}

# PACT_BROKER_BASE_URL and either PACT_BROKER_TOKEN or PACT_BROKER_USERNAME with PACT_BROKER_PASSWORD.
require_broker_settings() {
  require_variable PACT_BROKER_BASE_URL "set it to the Pact Broker's root URL, e.g. https://broker.example.com."
  [[ "$PACT_BROKER_BASE_URL" =~ ^https?://[^/@[:space:]]+(/[^[:space:]]*)?$ ]] \
    || fail "PACT_BROKER_BASE_URL must be an http(s) URL without credentials, e.g. https://broker.example.com."
  if [ -n "${PACT_BROKER_TOKEN:-}" ]; then
    credentials_variable=PACT_BROKER_TOKEN
  elif [ -n "${PACT_BROKER_USERNAME:-}" ]; then
    require_variable PACT_BROKER_PASSWORD "it goes with PACT_BROKER_USERNAME for basic authentication."
    credentials_variable="PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD"
  else
    fail "PACT_BROKER_TOKEN is not set: set it (bearer token), or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD (basic authentication)."
  fi
}

# The version named by $1 (a variable), else the git commit.
version_or_git_commit() {
  local version="${!1:-$(git -C "$repository_root" rev-parse HEAD 2>/dev/null || true)}"
  [ -n "$version" ] || fail "$1 is not set and no git commit could be read: set it to the version."
  echo "$version"
}

pact_cli() {
  local cli="$repository_root/node_modules/.bin/pact"
  [ -x "$cli" ] || fail "the pact CLI is missing at $cli: run 'npm ci' (building src/PeeringContracts.Pact runs it)."
  echo "$cli"
}

without_secrets() {
  local text="$1" secret
  for secret in "${PACT_BROKER_TOKEN:-}" "${PACT_BROKER_PASSWORD:-}"; do
    [ -n "$secret" ] && text="${text//"$secret"/***}"
  done
  printf '%s\n' "$text"
}

# Runs `pact broker <command> …`; its output is shown (without secrets), and a failure to reach the broker or a refusal
# of the credentials becomes one sentence naming the variable. Returns the CLI's exit code.
run_pact_broker() {
  local cli output status=0
  cli="$(pact_cli)"
  output="$("$cli" broker "$@" 2>&1)" || status=$?
  if [ "$status" -ne 0 ] && grep -q "error sending request" <<<"$output"; then
    fail "the Pact Broker at PACT_BROKER_BASE_URL ($PACT_BROKER_BASE_URL) is unreachable."
  fi
  if [ "$status" -ne 0 ] && grep -Eq "failed: (401|403) " <<<"$output"; then
    fail "the Pact Broker at $PACT_BROKER_BASE_URL refused the credentials in $credentials_variable."
  fi
  without_secrets "$output"
  return "$status"
}
