#!/usr/bin/env bash
# Redactions and pseudonyms change the length of what goes out. On
# non-blocking pipes and sockets, with a timer signal interrupting, the
# caller must still see its own counts and the reader must get every byte
# once, in order: exactly `privguard scan --mask` of what was meant.
# usage: run_resize.sh SHIM RESIZE PRIVGUARD TMPDIR
set -u
shim=$1 resize=$2 pg=$3 tmp=$4
mkdir -p "$tmp" && work=$(mktemp -d "$tmp/resize.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"

for action in redact pseudonym; do
  printf 'extends = "default"\n[[overrides]]\nid = "email"\naction = "%s"\n' "$action" >"$work/$action.toml"
  for kind in pipe tcp; do
    name="$action over a non-blocking $kind"
    PRIVGUARD_KEY=resize-test PRIVGUARD_POLICY=$work/$action.toml PRIVGUARD_REPORT=$work/report \
      LD_PRELOAD=$shim timeout 60 "$resize" "$kind" "$work/orig" "$work/got" 2>"$work/err"
    check "$name: every call reported the caller's count" test $? -eq 0
    PRIVGUARD_KEY=resize-test "$pg" scan --policy "$work/$action.toml" --mask "$work/orig" >"$work/want" 2>/dev/null
    check "$name: the reader got every byte once, in order" cmp -s "$work/want" "$work/got"
    check "$name: lengths really changed" bash -c '! cmp -s "$1" "$2" && [ "$(wc -c <"$1")" != "$(wc -c <"$2")" ]' _ "$work/orig" "$work/got"
    check "$name: no address left" bash -c '! grep -qE "corp-mail\.io|mailbox\.org" "$1"' _ "$work/got"
    rm -f "$work/report"
  done
done
summary
