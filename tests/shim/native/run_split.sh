#!/usr/bin/env bash
# Values split across two calls on one fd: the part in the second call is
# masked and the finding says "split"; a reused fd number starts afresh.
# usage: run_split.sh SHIM SPLIT TMPDIR
set -u
shim=$1 split=$2 tmp=$3
mkdir -p "$tmp" && work=$(mktemp -d "$tmp/split.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"
same() { [[ "$(cat "$1")" == "$2" ]] || { echo "  got: $(head -c 300 "$1")"; return 1; }; }
split_findings() { grep '"split":true' "$work/report" | grep -c "\"rule\":\"$1\""; }

run() { rm -f "$work/report"; LD_PRELOAD=$shim PRIVGUARD_REPORT=$work/report "$split" "$1" "$work/out" 2>"$work/err"; }

run write
check "write: a card split over two writes: the second part masked" \
  same "$work/out" $'card 4539 1488 **** 6467\nmail maria.gonz****@*******.***'
check "write: no whole value reached the file" bash -c '! grep -qE "4539 1488 0343|gonzalez@outlook" "$1"' _ "$work/out"
check "write: both findings say split" test "$(split_findings credit-card)$(split_findings email)" = 11
check "write: the split finding's offset and length are the call's own" \
  grep -q '"rule":"credit-card".*"offset":0,"split":true,"length":10' "$work/report"

run send
check "send: a card split over two sends on a stream socket: second part masked" \
  same "$work/out" $'card 4539 1488 **** 6467'
check "send: the finding says split" test "$(split_findings credit-card)" = 1

run reuse
check "reuse: a new file on the old fd number is not joined with the old tail" same "$work/out" ' 0343 6467'
check "reuse: no finding" test ! -s "$work/report"
summary
