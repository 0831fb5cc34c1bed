#!/usr/bin/env bash
# The kernel's refusals of copy_file_range, sendfile and splice (see
# copy_checks.c): under the shim every case returns what it returns
# without it, with the same errno, consumes as many input bytes and writes
# as many output bytes, and none hangs.   usage: run_copy_checks.sh SHIM BINARY TMPDIR
set -u
shim=$1 bin=$2 tmp=$3
mkdir -p "$tmp" && work=$(mktemp -d "$tmp/copychecks.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"
mkdir "$work/plain" "$work/shim"

"$bin" "$work/plain" >"$work/plain.txt" 2>&1
check "without the shim: ran to the end" grep -qx done "$work/plain.txt"
check "without the shim: no case hung or died" bash -c '! grep -q killed "$1"' _ "$work/plain.txt"
LD_PRELOAD=$shim PRIVGUARD_REPORT=$work/report "$bin" "$work/shim" >"$work/shim.txt" 2>&1
check "under the shim: ran to the end" grep -qx done "$work/shim.txt"
while read -r name rest; do
  [ "$name" = done ] && continue
  got=$(grep -m1 "^$name " "$work/shim.txt" | cut -d' ' -f2-)
  check "$name: $rest" test "$got" = "$rest"
done <"$work/plain.txt"
check "under the shim: no case hung or died" bash -c '! grep -q killed "$1"' _ "$work/shim.txt"
check "as many lines as without the shim" test "$(wc -l <"$work/plain.txt")" -eq "$(wc -l <"$work/shim.txt")"
summary
