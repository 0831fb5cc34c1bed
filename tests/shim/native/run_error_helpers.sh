#!/usr/bin/env bash
# perror, warn*, err*, error, error_at_line, psignal, psiginfo, herror and
# syscall(SYS_write): under the shim the messages are byte-identical to
# glibc's but for the masks, the exit status is the same, and findings
# name each helper.   usage: run_error_helpers.sh SHIM BINARY TMPDIR
set -u
shim=$1 bin=$2 tmp=$3
mkdir -p "$tmp" && work=$(mktemp -d "$tmp/errh.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"
mask() { sed 's/maria\.gonzalez@outlook\.com/*****.********@*******.***/g; s/4539 1488 0343 6467/**** **** **** 6467/g'; }

for arg in "" exit; do
  "$bin" $arg 2>"$work/plain" >/dev/null; plain_status=$?
  LD_PRELOAD=$shim PRIVGUARD_REPORT=$work/report "$bin" $arg 2>"$work/shim" >/dev/null; shim_status=$?
  check "[$arg] same exit status ($plain_status)" test "$plain_status" -eq "$shim_status"
  mask <"$work/plain" >"$work/want"
  check "[$arg] stderr identical but for the masks" cmp -s "$work/want" "$work/shim"
  check "[$arg] the plain run really had values" grep -q "maria.gonzalez" "$work/plain"
  check "[$arg] no raw value under the shim" bash -c '! grep -qE "maria|4539 1488" "$1" "$2"' _ "$work/shim" "$work/report"
done
for call in perror warn warnx error error_at_line psignal psiginfo herror errx write; do
  check "findings name $call" grep -q "\"call\":\"$call\"" "$work/report"
done
summary
