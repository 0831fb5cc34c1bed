#!/usr/bin/env bash
# Kernel-side copies (copy_file_range, sendfile, splice) and the coreutils
# that make them: values never reach the far end, every other byte does,
# in order; return values and offsets are what they are without the shim;
# clean copies stay byte-identical.   usage: run_copies.sh SHIM COPIES TMPDIR
set -u
shim=$1 copies=$2 tmp=$3
mkdir -p "$tmp" && work=$(mktemp -d "$tmp/copies.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/check.sh"
no_raw() { ! grep -qE '4539 1488 0343 6467|maria\.gonzalez|outlook\.com' "$1"; }
guarded() { LD_PRELOAD=$shim PRIVGUARD_REPORT=$work/report "$@"; }

# 3000 lines, a value every 10th: several 64 KiB chunks, values near chunk ends.
python3 - "$work/in.txt" "$work/want.txt" <<'PY'
import sys
with open(sys.argv[1], "w") as f, open(sys.argv[2], "w") as g:
    for i in range(3000):
        if i % 10 == 3:
            f.write(f"row {i:05d} card 4539 1488 0343 6467 mail maria.gonzalez@outlook.com pad {'x' * (i % 37)}\n")
            g.write(f"row {i:05d} card **** **** **** 6467 mail *****.********@*******.*** pad {'x' * (i % 37)}\n")
        else:
            line = f"row {i:05d} clean {'y' * (i % 53)}\n"
            f.write(line); g.write(line)
PY
head -c 3000000 /dev/urandom | base64 -w 0 | fold -w 4096 >"$work/clean.txt"   # clean, long lines

for mode in cfr cfr-offsets sendfile sendfile-off; do
  rm -f "$work/report"
  guarded "$copies" "$mode" "$work/in.txt" "$work/out.$mode" >"$work/shim.$mode" 2>&1
  check "$mode: exit 0" test $? -eq 0
  check "$mode: output is the masked input, in order" cmp -s "$work/want.txt" "$work/out.$mode"
  call=copy_file_range; [[ $mode == sendfile* ]] && call=sendfile
  check "$mode: findings name $call" grep -q "\"call\":\"$call\"" "$work/report"
  "$copies" "$mode" "$work/in.txt" "$work/plain.$mode" >"$work/plain.txt.$mode" 2>&1
  check "$mode: totals and offsets as without the shim" cmp -s "$work/plain.txt.$mode" "$work/shim.$mode"
  guarded "$copies" "$mode" "$work/clean.txt" "$work/clean.$mode" >/dev/null 2>&1
  check "$mode: clean copy byte-identical" cmp -s "$work/clean.txt" "$work/clean.$mode"
done

rm -f "$work/report"
guarded "$copies" splice-socket "$work/in.txt" "$work/far.splice" >"$work/splice.out" 2>&1
check "splice to a socket: exit 0" test $? -eq 0
check "splice to a socket: the far end got the masked input" cmp -s "$work/want.txt" "$work/far.splice"
# Masked on the first hop already (file -> pipe), so the pipe -> socket
# splice carries clean bytes.
check "splice to a socket: findings name splice, at the pipe" \
  grep -qE '"call":"splice".*"sink":\{"kind":"pipe"' "$work/report"

"$copies" errors "$work/in.txt" "$work/err.plain" >"$work/errors.plain" 2>&1
guarded "$copies" errors "$work/in.txt" "$work/err.shim" >"$work/errors.shim" 2>&1
check "bad fds, flags, lengths: same returns and errno as without the shim" cmp -s "$work/errors.plain" "$work/errors.shim"
check "... and the errors run really ran" test "$(wc -l <"$work/errors.plain")" -eq 8

# vmsplice into a pipe another process reads: masked like writev, and the
# masked bytes written, not lent (see copies.c); the kernel's refusals kept.
rm -f "$work/report"
"$copies" vmsplice - "$work/vms.plain" >"$work/vms.plain.txt" 2>&1
guarded "$copies" vmsplice - "$work/vms.shim" >"$work/vms.shim.txt" 2>&1
check "vmsplice: exit 0" test $? -eq 0
check "vmsplice: returns and errno as without the shim" cmp -s "$work/vms.plain.txt" "$work/vms.shim.txt"
check "vmsplice: the plain run sent the raw values" grep -q "4539 1488 0343 6467" "$work/vms.plain"
printf 'vmsplice one: card **** **** **** 6467 mail *****.********@*******.***\nvmsplice three: clean\n' >"$work/vms.want"
check "vmsplice: the reader got that call's masked bytes, then the clean ones" cmp -s "$work/vms.want" "$work/vms.shim"
check "vmsplice: findings name vmsplice" grep -q '"call":"vmsplice"' "$work/report"
check "vmsplice: no raw value in the findings" no_raw "$work/report"

# A sendfile to a TCP socket after a sendto() with an address on a UDP
# socket, same thread: a peer rule must see the TCP peer, not the address
# the sendto named. Allowed peer: the kernel copies, bytes unchanged;
# allowed sendto address only: the TCP peer still gets the masked input.
# (The sockets are closed before the ports are printed: `read` returns at
# the line, and a Python still shutting down held the TCP port, so the
# program's bind failed with EADDRINUSE about one run in three.)
read -r tcp_port udp_port < <(python3 -c '
import socket
t = socket.socket(); t.bind(("127.0.0.1", 0))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
ports = (t.getsockname()[1], u.getsockname()[1])
t.close(); u.close()
print(*ports, flush=True)')
for allowed in tcp udp; do
  port=$tcp_port; [ $allowed = udp ] && port=$udp_port
  printf 'extends = "default"\n[[sinks]]\nname = "peer"\npeer = "127.0.0.1:%s"\naction = "allow"\n' "$port" >"$work/peer.toml"
  PRIVGUARD_POLICY=$work/peer.toml guarded "$copies" sink-peer "$work/in.txt" "$work/peer.$allowed" "$tcp_port" "$udp_port" >/dev/null 2>&1
  check "sendfile after sendto, $allowed peer allowed: exit 0" test $? -eq 0
done
check "sendfile after sendto: the allowed TCP peer gets the bytes unchanged" cmp -s "$work/in.txt" "$work/peer.tcp"
check "sendfile after sendto: the TCP peer is masked when only the sendto address is allowed" cmp -s "$work/want.txt" "$work/peer.udp"

# coreutils: to a file, a pipe and a socket
rm -f "$work/report"
guarded cat "$work/in.txt" >"$work/cat.file"
check "cat > file masked" cmp -s "$work/want.txt" "$work/cat.file"
guarded cat "$work/in.txt" | cat >"$work/cat.pipe"
check "cat | pipe masked" cmp -s "$work/want.txt" "$work/cat.pipe"
guarded cp "$work/in.txt" "$work/cp.out"
check "cp masked" cmp -s "$work/want.txt" "$work/cp.out"
guarded dd if="$work/in.txt" of="$work/dd.out" bs=1M status=none
check "dd masked" cmp -s "$work/want.txt" "$work/dd.out"
guarded dd if="$work/in.txt" bs=1M status=none | cat >"$work/dd.pipe"
check "dd | pipe masked" cmp -s "$work/want.txt" "$work/dd.pipe"
guarded cp "$work/in.txt" /dev/stdout | cat >"$work/cp.pipe"
check "cp to a pipe masked" cmp -s "$work/want.txt" "$work/cp.pipe"
# to_socket NAME COMMAND...: COMMAND's stdout goes to a 127.0.0.1 socket
# (bash's /dev/tcp); what the far end received must be the masked input.
to_socket() {
  local name=$1; shift
  rm -f "$work/port" "$work/sock.out"
  python3 - "$work/port" "$work/sock.out" <<'PY' &
import socket, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(1); s.settimeout(20)
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
c, _ = s.accept(); data = b""
while True:
    chunk = c.recv(65536)
    if not chunk: break
    data += chunk
open(sys.argv[2], "wb").write(data)
PY
  local listener=$!
  for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
  guarded bash -c '"${@:2}" >/dev/tcp/127.0.0.1/"$1"' _ "$(cat "$work/port")" "$@"
  wait "$listener"
  check "$name > 127.0.0.1 socket masked" cmp -s "$work/want.txt" "$work/sock.out"
}
to_socket cat cat "$work/in.txt"
# (cp cannot write to a socket: opening /dev/stdout there fails with ENXIO.)
to_socket dd dd if="$work/in.txt" bs=1M status=none
guarded cat "$work/clean.txt" >"$work/cat.clean"
check "cat of a clean file byte-identical" cmp -s "$work/clean.txt" "$work/cat.clean"
check "no raw value in any findings line" no_raw "$work/report"

# A destination every rule allows keeps the kernel's fast path.
printf 'extends = "default"\n[[sinks]]\nname = "scratch dir"\npath = "%s/**"\naction = "allow"\n' "$work" >"$work/allow.toml"
PRIVGUARD_POLICY=$work/allow.toml guarded cat "$work/in.txt" >"$work/allowed.out"
check "allowed destination: bytes unchanged" cmp -s "$work/in.txt" "$work/allowed.out"

summary
