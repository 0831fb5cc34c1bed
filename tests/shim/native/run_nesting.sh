#!/usr/bin/env bash
# A signal handler writing while its thread is inside a wrapped call: its
# line is scanned and masked like any other (one level of nesting has its
# own state), none arrives raw. usage: run_nesting.sh SHIM NESTING TMPDIR
set -u
shim=$1 nesting=$2 tmp=$3
mkdir -p "$tmp" && work=$(mktemp -d "$tmp/nesting.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"

LD_PRELOAD=$shim PRIVGUARD_REPORT=$work/report "$nesting" "$work/out" 2 2>"$work/err"
check "the program ran" grep -q '^handler-lines [1-9]' "$work/err"
handler=$(sed -n 's/^handler-lines \([0-9]*\) .*/\1/p' "$work/err")
check "no handler line arrived raw" bash -c '! grep -q "maria.gonzalez@outlook.com" "$1"' _ "$work/out"
check "every handler line arrived, masked ($handler)" \
  test "$(grep -cx 'handler mail \*\*\*\*\*\.\*\*\*\*\*\*\*\*@\*\*\*\*\*\*\*\.\*\*\*' "$work/out")" -eq "$handler"
check "no main line arrived raw" bash -c '! grep -q "4539 1488 0343 6467" "$1"' _ "$work/out"
check "one e-mail finding per handler line" test "$(grep -c '"rule":"email"' "$work/report")" -eq "$handler"
summary
