# Sourced by the script tests here: a scratch folder ($work, removed on exit) and check(), which
# runs every check and counts the misses; the test ends with `finish`, failing if any missed.
set -uo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # check DESCRIPTION COMMAND...: passes when the command succeeds
  local what=$1
  shift
  if "$@"; then echo "ok: $what"; else echo "FAIL: $what" >&2; failures=$((failures + 1)); fi
}
finish() { [ "$failures" -eq 0 ]; }
