#!/usr/bin/env bash
# A C++ host with its own shared libfmt (fmt_host.cpp) runs under the shim,
# whose own fmt is hidden: it must work unchanged, and what fmt::print
# writes (one fwrite per call) must be masked.
# usage: host_libfmt.sh SHIM HOST
source "$(dirname "$0")/lib.sh"
pg_init "$1"
HOST=${2:?usage: host_libfmt.sh SHIM HOST}

links_libfmt() { ldd "$HOST" | grep -q 'libfmt\.so' || { why="$HOST does not link libfmt.so"; return 1; }; }
check "the host links the shared libfmt" links_libfmt

"$HOST" user@example.com 4111111111111111 >plain.out 2>plain.err
want=$?
shim "$HOST" user@example.com 4111111111111111 >out 2>err
got=$?
check "clean run: exit status $want both ways" test "$want" -eq 0 -a "$got" -eq 0
check "clean run: stdout identical" cmp -s plain.out out
check "clean run: stderr identical" cmp -s plain.err err
check "clean run: no finding" found --count 0

shim "$HOST" "$MAIL" "$CARD" >out 2>err
check "values: exit status 0" test $? -eq 0
check "values: fmt::print(stdout) masked" masked out \
  "order    42 for $MAIL_M paid with $CARD_M (19.99 EUR)"$'\n' fwrite email credit-card
check "values: fmt::print(stderr) masked" sink_is err "audit: $MAIL_M"$'\n'
check "values: the stderr finding names fd 2, a file" found --call fwrite --rule email --fd 2 --kind file --count 1

pg_summary
