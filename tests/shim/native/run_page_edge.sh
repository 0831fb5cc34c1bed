#!/usr/bin/env bash
# Write buffers that end where their mapping ends (or start where it
# starts): the shim's scan must not read past them. The inputs: the one
# fuzz_scan found Hyperscan's over-read with, and a service-account JSON
# (the development corpus's) whose base64 key hit it again.
# usage: run_page_edge.sh SHIM PAGE_EDGE TMPDIR INPUT...
set -u
shim=$1 page_edge=$2 tmp=$3
shift 3
mkdir -p "$tmp" && work=$(mktemp -d "$tmp/page_edge.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"

"$page_edge" "$work/plain" "$@" > "$work/plain.count" || exit 2
# Report mode: the JSON holds a private key, which enforce mode blocks.
LD_PRELOAD=$shim PRIVGUARD_MODE=report PRIVGUARD_REPORT=$work/report "$page_edge" "$work/out" "$@" > "$work/count" 2> "$work/err"
status=$?
check "the program exits 0 under the shim (was SIGSEGV)" test "$status" -eq 0
check "every write wrote all its bytes ($(cat "$work/plain.count"))" cmp -s "$work/count" "$work/plain.count"
check "nothing on stderr" test ! -s "$work/err"
check "the writes were scanned: the key was found" grep -q '"rule":"private-key"' "$work/report"
summary
