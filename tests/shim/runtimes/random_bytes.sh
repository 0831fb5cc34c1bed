#!/usr/bin/env bash
# Random and binary text is not data (issue 11): under the shim, base64,
# base64 -w0, xxd and od -x of 8 MiB of seeded random bytes are
# byte-identical to the runs without it and give no finding; 64 MiB of
# random bytes over a socketpair and over 127.0.0.1 TCP arrive unchanged;
# one million printed random signed 64-bit integers and one million printed
# floats give no finding but the one kind no rule can tell from a card (a
# whole 16-digit integer that passes Luhn under a card network's prefix).
# The data is generated here from fixed seeds, never committed.
source "$(dirname "$0")/lib.sh"
pg_init "$1"

# shim CMD... with a longer time limit than lib.sh's: these move tens of MiB.
shim() {
  : >"$REPORT"
  LD_PRELOAD=$SHIM PRIVGUARD_REPORT=$REPORT timeout 120 "$@"
}

"$PY" -c 'import random; random.seed(20261202); open("rand.bin", "wb").write(random.randbytes(8 << 20))'

# identical CMD: bash -c CMD without and with the shim gives the same
# stdout and exit status, and no finding; else false, with `why`.
identical() {
  bash -c "$1" >plain.out 2>/dev/null
  local want=$?
  shim bash -c "$1" >shim.out 2>/dev/null
  local got=$?
  if [ "$want" -ne "$got" ]; then
    why="exit status $want without the shim, $got with it"
  elif ! cmp -s plain.out shim.out; then
    why="stdout differs: $(cmp plain.out shim.out 2>&1 | head -n1)"
  elif ! found --count 0; then
    why="findings on random data: $why"
  else
    return 0
  fi
  return 1
}

# same CMD: a check that CMD is identical with and without the shim.
same() {
  if identical "$1"; then
    pass "$1 ($(stat -c %s shim.out) bytes, no finding)"
  else
    fail "$1" "$why"
  fi
}

same 'base64 rand.bin'
same 'base64 -w0 rand.bin'
same 'xxd rand.bin'
same 'od -x rand.bin'
same 'cat rand.bin'

# 64 MiB of random bytes through a socket, written by a process under the
# shim, read back and compared by hash on the other end.
sock_test() {
  local kind=$1
  shim "$PY" - "$kind" <<'EOF' >sock.out 2>&1
import hashlib, random, socket, sys, threading
kind = sys.argv[1]
rng = random.Random(20261203)
data = rng.randbytes(64 << 20)
if kind == "socketpair":
    a, b = socket.socketpair()
else:
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    a = socket.create_connection(srv.getsockname())
    b, _ = srv.accept()
got = hashlib.sha256()
n = [0]
def reader():
    while True:
        chunk = b.recv(1 << 20)
        if not chunk:
            break
        got.update(chunk)
        n[0] += len(chunk)
t = threading.Thread(target=reader)
t.start()
view = memoryview(data)
for i in range(0, len(data), 256 << 10):
    a.sendall(view[i:i + (256 << 10)])
a.shutdown(socket.SHUT_WR)
t.join()
print("same" if n[0] == len(data) and got.digest() == hashlib.sha256(data).digest() else "differs after %d bytes" % n[0])
EOF
  if ! grep -qx same sock.out; then
    why="$(head -c 300 sock.out)"
    return 1
  fi
  found --count 0
}
check "64 MiB of random bytes over a socketpair arrive unchanged, no finding" sock_test socketpair
check "64 MiB of random bytes over 127.0.0.1 TCP arrive unchanged, no finding" sock_test tcp

# Printed numbers.
"$PY" - <<'EOF'
import random
r = random.Random(20261204)
with open("ints.txt", "w") as f:
    for _ in range(1000000):
        f.write("%d\n" % (r.getrandbits(64) - (1 << 63)))  # signed, like hash()
r = random.Random(20261205)
with open("floats.txt", "w") as f:
    for _ in range(500000):
        f.write(repr(r.random()) + "\n")
    for _ in range(250000):
        f.write("%.17g\n" % r.random())
    for _ in range(250000):
        f.write("%.17g\n" % r.uniform(-1e6, 1e6))
EOF

# Findings, if any, are whole-line integers of at most 16 digits (a real
# card's length and prefix, passing Luhn: nothing in the value says it is
# not one). Nothing else: no piece of a longer number, no 17-19 digit run.
# Offsets in the shim's findings are per write call, so the file's are
# taken from privguard scan, next to the shim.
PG=$(dirname "$SHIM")/../bin/privguard
only_whole_card_length_ints() {
  "$PG" scan --format json -j 1 ints.txt >scan.json 2>/dev/null
  "$PY" - scan.json ints.txt <<'EOF'
import json, sys
data = open(sys.argv[2]).read()
bad, n = [], 0
for l in open(sys.argv[1]):
    if not l.strip():
        continue
    f = json.loads(l)
    n += 1
    off, ln = f["offset"], f["length"]
    value = data[off:off + ln]
    whole = (off == 0 or data[off - 1] == "\n") and data[off + ln:off + ln + 1] in ("\n", "")
    if f["rule"] != "credit-card" or not whole or not value.isdigit() or len(value) > 16:
        bad.append("%s %r" % (f["rule"], data[max(0, off - 5):off + ln + 5]))
print("%d findings, all whole lines of 13-16 digits" % n if not bad else "%d findings, %d not whole 13-16 digit lines: %s" % (n, len(bad), bad[:5]))
sys.exit(1 if bad or n > 60 else 0)
EOF
}
printed() {
  shim bash -c "cat $1" >shim.out || { why="exit status $?"; return 1; }
  if [ "$2" = ints ]; then
    [ -x "$PG" ] || { why="no privguard at $PG"; return 1; }
    why=$(only_whole_card_length_ints) || return 1
    echo "  ints: $why; under the shim: $(grep -c . "$REPORT") findings"
  else
    cmp -s "$1" shim.out || { why="output differs: $(cmp "$1" shim.out 2>&1 | head -n1)"; return 1; }
    found --count 0
  fi
}
check "one million printed random signed 64-bit integers: no finding but whole card-length ones" printed ints.txt ints
check "one million printed random floats (repr, %.17g): no finding" printed floats.txt floats

pg_summary
