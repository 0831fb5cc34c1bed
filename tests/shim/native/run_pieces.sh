#!/usr/bin/env bash
# Values that reach a stdio stream in pieces are still masked (or blocked):
# run `pieces MODE` under the shim into a file and a pipe, check the bytes
# that arrived and the findings.   usage: run_pieces.sh SHIM PIECES TMPDIR
set -u
shim=$1 pieces=$2 tmp=$3
mkdir -p "$tmp" && work=$(mktemp -d "$tmp/pieces.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"
same() { [[ "$(cat "$1")" == "$2" ]] || { echo "  got: $(head -c 300 "$1")"; return 1; }; }
no_raw() { ! grep -qE '4539 1488 0343 6467|4539|maria\.gonzalez|outlook\.com|bob\.jones|gmail\.com|PRIVATE KEY' "$@"; }
findings() { grep -c "\"rule\":\"$2\".*\"action\":\"$3\"" "$1"; }

LINE_M='id=7 card **** **** **** 6467 mail *****.********@*******.*** end'

run() {  # run MODE SINK(file|pipe): stdout of the guarded program into $work/out
  local mode=$1 sink=$2
  rm -f "$work/report" "$work/out"
  if [[ $sink == file ]]; then
    LD_PRELOAD=$shim PRIVGUARD_REPORT=$work/report "$pieces" "$mode" >"$work/out" 2>"$work/err"
  else
    LD_PRELOAD=$shim PRIVGUARD_REPORT=$work/report "$pieces" "$mode" 2>"$work/err" | cat >"$work/out"
  fi
}

for sink in file pipe; do
  run fwrite3 $sink
  check "$sink: PEM header in three fwrites: nothing of it arrives" same "$work/out" "after"
  check "$sink: the third fwrite fails with EACCES and sets ferror" grep -q "third fwrite=0 errno=EACCES ferror=1" "$work/err"
  check "$sink: one private-key finding, blocked" test "$(findings "$work/report" private-key blocked)" -eq 1

  run fputs $sink
  check "$sink: a card written group by group is masked" same "$work/out" $'card **** **** **** 6467 ok\nclean line'
  check "$sink: one credit-card finding" test "$(findings "$work/report" credit-card masked)" -eq 1

  for mode in putc fputc putchar; do
    run $mode $sink
    check "$sink: $mode one character at a time: masked" same "$work/out" "$LINE_M"
    check "$sink: $mode: card and e-mail found once each" \
      test "$(findings "$work/report" credit-card masked)$(findings "$work/report" email masked)" = 11
  done

  run inline $sink
  check "$sink: inline putc_unlocked, 20000 lines: every line masked" \
    test "$(grep -cxF "$LINE_M" "$work/out")" -eq 20000
  check "$sink: inline putc_unlocked: no raw value" no_raw "$work/out"

  run dump $sink
  check "$sink: hex-dump rows written column by column arrive unchanged" \
    cmp -s "$work/out" <(LD_PRELOAD= "$pieces" dump)
  check "$sink: hex-dump rows: no finding" test ! -s "$work/report"

  run cardnl $sink
  check "$sink: a card ending one fputs, its newline the next: masked" same "$work/out" 'card **** **** **** 6467'
  check "$sink: cardnl: one credit-card finding" test "$(findings "$work/report" credit-card masked)" -eq 1

  run cardflush $sink
  check "$sink: a card ending one fputs, then fflush: masked" same "$work/out" 'card **** **** **** 6467'
  check "$sink: cardflush: one credit-card finding" test "$(findings "$work/report" credit-card masked)" -eq 1

  run noeol $sink
  check "$sink: a value on the last, unterminated line is masked at exit" same "$work/out" "last ***.*****@*****.***"
  check "$sink: no raw value in any findings line" no_raw "$work/report"
done

# A flush inside glibc (fseek) sends a value that ended a piece: masked.
rm -f "$work/report" "$work/file"
LD_PRELOAD=$shim PRIVGUARD_REPORT=$work/report "$pieces" cardseek "$work/file" 2>"$work/err"
check "fseek after a piece ending on a card: masked" same "$work/file" 'card **** **** **** 6467 ok'
check "fseek after a piece ending on a card: one credit-card finding" test "$(findings "$work/report" credit-card masked)" -eq 1

# A file stream the program never closes: exit flushes it.
rm -f "$work/report" "$work/file"
LD_PRELOAD=$shim PRIVGUARD_REPORT=$work/report "$pieces" cardfile "$work/file" 2>"$work/err"
check "file left open at exit: the card ending its last line is masked" same "$work/file" $'first line\ncard **** **** **** 6467'
check "file left open at exit: one credit-card finding" test "$(findings "$work/report" credit-card masked)" -eq 1
check "file left open at exit: no raw value" no_raw "$work/file" "$work/report"

summary
