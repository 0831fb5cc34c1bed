#!/usr/bin/env bash
# privguard run, the container entrypoint and the installed layout, as a
# user meets them.   usage: test_run_cli.sh PRIVGUARD_BINARY SOURCE_DIR BUILD_DIR
set -u
pg=$1 src=$2 build=$3
# shellcheck source=../checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/../checks.sh"
# Output to a file, not /dev/null: the default policy allows /dev/null,
# and the findings these checks count would not be findings there.
status() { "$@" >"$tmp/status.out" 2>&1; echo $?; }

card="4539 1488 0343 6467" mail=maria.gonzalez@outlook.com

# --- exit codes
check "clean command exits 0" test "$(status "$pg" run -- true)" -eq 0
"$pg" run --report "$tmp/clean.jsonl" -- true 2>/dev/null
check "--report is created even without findings" bash -c 'test -f "$1" && ! test -s "$1"' _ "$tmp/clean.jsonl"
check "findings exit 3" test "$(status "$pg" run -- bash -c "echo $mail")" -eq 3
check "the command's own failure wins" test "$(status "$pg" run -- bash -c "echo $mail; exit 7")" -eq 7
check "--fail-on critical ignores an e-mail (medium)" test "$(status "$pg" run --fail-on critical -- bash -c "echo $mail")" -eq 0
check "--fail-on critical stops on a card" test "$(status "$pg" run --fail-on critical -- bash -c "echo card $card")" -eq 3
check "--fail-on never" test "$(status "$pg" run --fail-on never -- bash -c "echo card $card")" -eq 0
check "missing command exits 127" test "$(status "$pg" run -- /nonexistent/cmd)" -eq 127
check "no command is a usage error (2)" test "$(status "$pg" run --)" -eq 2
check "bad --fail-on is a usage error" test "$(status "$pg" run --fail-on loud -- true)" -eq 2
printf '[[rules]]\nid = "x"\npattern = "a(("\n' >"$tmp/bad.toml"
"$pg" run --policy "$tmp/bad.toml" -- true >/dev/null 2>"$tmp/bad.err"
check "broken --policy exits 2 before running" test $? -eq 2
check "broken --policy names file and line" grep -q "$tmp/bad.toml:1: rule 'x'" "$tmp/bad.err"

# --- the summary reads the findings strictly: an unreadable line is named
# (by its line in the --report file) and the run is not called clean
printf '%s\n' '{"rule":"email"}' >"$tmp/damaged.jsonl"
"$pg" run --report "$tmp/damaged.jsonl" -- bash -c 'echo "not json" >>"$PRIVGUARD_REPORT"' >/dev/null 2>"$tmp/damaged.err"
check "unreadable findings line exits 2" test $? -eq 2
check "unreadable findings line is named with its line number" \
  grep -qF "$tmp/damaged.jsonl:2: unreadable finding: not a JSON object" "$tmp/damaged.err"
check "a line before this run's is not read" bash -c '! grep -q "damaged.jsonl:1:" "$1"' _ "$tmp/damaged.err"
check "no summary when a line is unreadable" bash -c '! grep -q "no findings" "$1"' _ "$tmp/damaged.err"
check "the command's own failure still wins" \
  test "$(status "$pg" run -- bash -c 'echo "not json" >>"$PRIVGUARD_REPORT"; exit 5')" -eq 5

# --- colour: on a terminal, unless NO_COLOR is set and not empty (no-color.org)
if command -v script >/dev/null; then
  script -qc "'$pg' run -- true" /dev/null >"$tmp/tty.err" </dev/null
  check "summary is coloured on a terminal" grep -q $'\e\\[32mprivguard: no findings' "$tmp/tty.err"
  NO_COLOR=1 script -qc "'$pg' run -- true" /dev/null >"$tmp/nocolor.err" </dev/null
  check "NO_COLOR turns the summary's colour off" bash -c '! grep -q $'"'"'\e'"'"' "$1"' _ "$tmp/nocolor.err"
  NO_COLOR= script -qc "'$pg' run -- true" /dev/null >"$tmp/emptynocolor.err" </dev/null
  check "an empty NO_COLOR keeps it" grep -q $'\e\\[32mprivguard: no findings' "$tmp/emptynocolor.err"
fi

# --- a process tree: shell -> python -> bash, each writing a value
"$pg" run --report "$tmp/tree.jsonl" -- bash -c "
  echo shell $mail
  python3 -c 'import subprocess, sys
print(\"python card $card\", flush=True)
subprocess.run([\"bash\", \"-c\", \"echo grandchild bob.jones@gmail.com\"])'
" >"$tmp/tree.out" 2>"$tmp/tree.err"
check "tree: exit 3" test $? -eq 3
check "tree: all output masked" bash -c '! grep -qE "maria|4539 1488|bob\.jones" "$1"' _ "$tmp/tree.out"
check "tree: findings from three programs" test "$(python3 -c 'import json,sys; print(len({(json.loads(l)["pid"], json.loads(l)["exe"]) for l in open(sys.argv[1])}))' "$tmp/tree.jsonl")" -eq 3
check "tree: summary counts 3" grep -q "privguard: 3 findings" "$tmp/tree.err"
check "tree: summary table names rules" grep -qE "credit-card +critical +1 +1 masked" "$tmp/tree.err"
check "--report file is 0600" test "$(stat -c %a "$tmp/tree.jsonl")" = 600
"$pg" run --report "$tmp/tree.jsonl" -- bash -c "echo again $mail" >"$tmp/again.out" 2>"$tmp/again.err"
check "--report appends; the summary counts this run only" \
  bash -c 'test "$(wc -l <"$1")" -eq 4 && grep -q "privguard: 1 finding" "$2"' _ "$tmp/tree.jsonl" "$tmp/again.err"

# --- shell -> python -> curl: the request leaves masked, run sees curl's finding
python3 - "$tmp/port" "$tmp/received" <<'PY' &
import socket, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(1); s.settimeout(20)
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
c, _ = s.accept(); c.settimeout(5); data = b""
try:
    while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < 20:
        chunk = c.recv(65536)
        if not chunk: break
        data += chunk
finally:
    open(sys.argv[2], "wb").write(data)
    c.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"); c.close()
PY
listener=$!
for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
"$pg" run --report "$tmp/curl.jsonl" -- bash -c "python3 -c 'import subprocess, sys
subprocess.run([\"curl\", \"-s\", \"-o\", \"/dev/null\", \"--data\", \"card=$card\", \"http://127.0.0.1:\" + sys.argv[1] + \"/pay\"])' \$(cat $tmp/port)" >/dev/null 2>&1
check "shell -> python -> curl: exit 3" test $? -eq 3
wait "$listener"
check "curl's request arrived with the card masked" grep -qF "card=**** **** **** 6467" "$tmp/received"
check "curl's finding names curl, send and the peer" \
  grep -qE '"exe":"[^"]*curl".*"call":"send".*"peer":"127\.0\.0\.1:' "$tmp/curl.jsonl"

# --- modes and policy pass through
"$pg" run --mode report -- bash -c "echo $mail" >"$tmp/report.out" 2>/dev/null
check "--mode report leaves bytes unchanged" grep -qF "$mail" "$tmp/report.out"
printf 'extends = "default"\ndisable = ["email"]\n' >"$tmp/noemail.toml"
check "--policy is used" test "$(status "$pg" run --policy "$tmp/noemail.toml" -- bash -c "echo $mail")" -eq 0

# --- signals reach the command
"$pg" run -- bash -c 'trap "echo got-term; exit 42" TERM; sleep 30 & wait' >"$tmp/sig.out" 2>/dev/null &
runner=$!
sleep 1
kill -TERM "$runner"
wait "$runner"
check "SIGTERM forwarded: the command's trap ran and its status came back" \
  bash -c 'test "$1" -eq 42 && grep -q got-term "$2"' _ "$?" "$tmp/sig.out"

# --- what cannot be guarded
printf 'int main(void){return 0;}\n' >"$tmp/static.c"
if gcc -static -o "$tmp/static" "$tmp/static.c" 2>/dev/null; then
  "$pg" run -- "$tmp/static" 2>"$tmp/static.err"
  check "static binary: warned" grep -q "cannot be guarded: it is statically linked" "$tmp/static.err"
else
  echo "FAIL: cannot build a static test binary"; fails=$((fails + 1))
fi
"$pg" run -- /bin/true 2>"$tmp/dyn.err"
check "dynamic binary: no warning" bash -c '! grep -q "cannot be guarded" "$1"' _ "$tmp/dyn.err"

# --- the container entrypoint, run directly
"$src/scripts/privguard-entrypoint" bash -c "echo card $card; echo \$LD_PRELOAD" >"$tmp/ep.out" 2>"$tmp/ep.err"
check "entrypoint: exit status of its command" test $? -eq 0
check "entrypoint: output masked" grep -qF "card **** **** **** 6467" "$tmp/ep.out"
check "entrypoint: LD_PRELOAD names the shim" grep -q "libprivguard.so" "$tmp/ep.out"
LD_PRELOAD=/lib/x86_64-linux-gnu/libc.so.6 "$src/scripts/privguard-entrypoint" bash -c 'echo $LD_PRELOAD' >"$tmp/ep2.out" 2>/dev/null
check "entrypoint: appends to an existing LD_PRELOAD" grep -q "^/lib/x86_64-linux-gnu/libc.so.6:.*libprivguard.so$" "$tmp/ep2.out"
check "entrypoint: no command is an error" test "$(status "$src/scripts/privguard-entrypoint")" -eq 2
check "entrypoint: exit status passes through" test "$(status "$src/scripts/privguard-entrypoint" sh -c 'exit 9')" -eq 9

# --- the installed tree
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null 2>&1
check "install: bin/privguard" test -x "$tmp/prefix/bin/privguard"
check "install: lib/libprivguard.so" test -f "$tmp/prefix/lib/libprivguard.so"
check "install: bin/privguard-entrypoint" test -x "$tmp/prefix/bin/privguard-entrypoint"
check "install: share/privguard/policies" bash -c 'for p in default gdpr pci secrets-only; do test -f "$1/share/privguard/policies/$p.toml" || exit 1; done' _ "$tmp/prefix"
"$tmp/prefix/bin/privguard" run -- bash -c "echo $mail" >"$tmp/inst.out" 2>/dev/null
check "installed privguard run finds the installed shim" bash -c 'test "$2" -eq 3 && ! grep -q maria "$1"' _ "$tmp/inst.out" "$?"
"$tmp/prefix/bin/privguard-entrypoint" bash -c "echo $mail" >"$tmp/inst-ep.out" 2>/dev/null
check "installed entrypoint guards its command" bash -c '! grep -q maria "$1"' _ "$tmp/inst-ep.out"

finish
