#!/usr/bin/env bash
# Which ImGui version scripts/fetch-imgui.sh takes from a list of what Debian offers, without any
# network (its --choose mode runs the same selection as a real fetch). Exits 1 on the first miss.
set -uo pipefail
script="$(dirname "$0")/../../scripts/fetch-imgui.sh"
failures=0

# expect WANT_STDOUT WANT_STATUS STDERR_PATTERN PIN VERSION...   (pattern "-": stderr stays empty)
expect() {
  local want=$1 want_status=$2 pattern=$3 got status err
  shift 3
  err=$(mktemp)
  got=$(bash "$script" --choose "$@" 2>"$err")
  status=$?
  if [ "$got" != "$want" ] || [ "$status" != "$want_status" ] ||
     { [ "$pattern" = - ] && [ -s "$err" ]; } || { [ "$pattern" != - ] && ! grep -Eq -- "$pattern" "$err"; }; then
    echo "FAIL: --choose $*: got '$got' (exit $status), stderr: $(cat "$err")" >&2
    failures=$((failures + 1))
  else
    echo "ok: --choose $* -> '${got:-nothing}' (exit $status)"
  fi
  rm -f "$err"
}

# The pin is taken whenever Debian has it, even beside newer versions, and silently.
expect 1.92.2b+ds-1 0 - 1.92.2b+ds-1 1.91.9+ds-1 1.92.2b+ds-1 1.92.5+ds-1
# Gone: the newest 1.92.x in Debian's order (10 > 9 > 2b, -2 > -1), never 1.93 or 1.91, with a warning.
expect 1.92.10+ds-2 0 'WARNING: imgui 1\.92\.2b\+ds-1 is no longer in Debian; using 1\.92\.10\+ds-2' \
  1.92.2b+ds-1 1.91.9+ds-1 1.92.9+ds-1 1.92.10+ds-1 1.92.10+ds-2 1.93.0+ds-1 1.92.2b+ds-2~exp1
# An epoch does not hide the series.
expect 1:1.92.3+ds-1 0 'using 1:1\.92\.3\+ds-1' 1.92.2b+ds-1 1.92.2b+ds-2 1:1.92.3+ds-1
# No 1.92.x at all: nothing is chosen, and the message says what there was.
expect '' 1 'neither imgui 1\.92\.2b\+ds-1 nor any 1\.92\.x \(it has: 1\.91\.9\+ds-1 1\.93\.0\+ds-1\)' \
  1.92.2b+ds-1 1.91.9+ds-1 1.93.0+ds-1
expect '' 1 'it has: nothing' 1.92.2b+ds-1

[ "$failures" -eq 0 ]
