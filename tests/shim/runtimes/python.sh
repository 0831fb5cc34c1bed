#!/usr/bin/env bash
# Python 3 under the shim: print, sys.stderr.write, open().write, a TCP
# socket's sendall, the logging module; a PEM key write is blocked (masked
# on stderr).
source "$(dirname "$0")/lib.sh"
pg_init "$1"

py() { shim "$PY" -c "$1"; }

py 'print("id=7 card 4539 1488 0343 6467 mail maria.gonzalez@outlook.com")' >out
check "python print -> stdout file" masked out "$LINE_M"$'\n' write credit-card email

py 'import sys; sys.stderr.write("err 4539148803436467\n")' 2>err
check "python sys.stderr.write -> stderr file" masked err "err $CARD16_M"$'\n' write credit-card

py 'import sys; print("to a pipe", "4539 1488 0343 6467")' | cat >piped
check "python print -> pipe" masked piped "to a pipe $CARD_M"$'\n' write credit-card
check "python print -> pipe: sink kind pipe" found --call write --kind pipe

py 'open("written.txt", "w").write("file card 4539 1488 0343 6467\nsecond line\n")'
check "python open().write -> file" masked written.txt "file card $CARD_M"$'\nsecond line\n' write credit-card
check "python open().write: sink names the file" found --kind file --rule credit-card

py '
import os
fd = os.open("pos.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
os.write(fd, b"." * 40)
os.pwrite(fd, b"card 4539 1488 0343 6467", 5)'
check "python os.pwrite keeps offsets (same-length mask)" masked pos.txt ".....card $CARD_M..........." 'pwrite(64)?' credit-card

py 'import os; os.writev(1, [b"x maria.gonz", b"alez@outlook.com\n"])' >out
check "python os.writev: a value split across iovecs" masked out "x $MAIL_M"$'\n' writev email

serve tcp recv
py "
import socket
s = socket.create_connection(('127.0.0.1', $PORT), timeout=5)
s.sendall(b'POST card=4539 1488 0343 6467 to=maria.gonzalez@outlook.com\n')
s.close()"
served
check "python socket.sendall -> 127.0.0.1 server" masked recv "POST card=$CARD_M to=$MAIL_M"$'\n' send credit-card email
check "python socket.sendall: sink is the peer" found --call send --kind socket --peer "127.0.0.1:$PORT"

py '
import logging
logging.basicConfig(filename="app.log", filemode="w", format="%(levelname)s %(message)s", level=logging.INFO)
logging.info("charged %s for %s", "4539 1488 0343 6467", "maria.gonzalez@outlook.com")
logging.warning("plain line")'
check "python logging -> file" masked app.log "INFO charged $CARD_M for $MAIL_M"$'\nWARNING plain line\n' write credit-card email

# A PEM private key is blocked: the write fails with EACCES, nothing lands.
py '
import sys
try:
    with open("key.txt", "w") as f:
        f.write("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDrG/jaPto5gfn806gX3kLm9QwZ2vT7yNb4sHc1dEu0p\n-----END PRIVATE KEY-----\n")
except PermissionError as e:
    print("errno", e.errno)' >out
check "python PEM key write is blocked (EACCES)" sink_is out $'errno 13\n'
check "python PEM key: file stays empty" sink_is key.txt ""
check "python PEM key: finding private-key blocked" found --call write --rule private-key --action blocked

# A failure report quoting a key on stderr (a test's AssertionError on
# the bytes a server sent): masked there, not blocked, so the traceback
# still tells what failed and Python does not lose sys.stderr.
py '
key = b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDrG/jaPto5gfn806gX3kLm9QwZ2vT7yNb4sHc1dEu0p\n-----END PRIVATE KEY-----\n"
raise AssertionError(key)' 2>err
echo "exit $?" >rc
key_masked_on_stderr() {
  sink_is rc $'exit 1\n' || return 1
  sink_has err "Traceback (most recent call last):" || return 1
  grep -q "^AssertionError: b'\*\*\*\*" err || { why="no masked AssertionError line in: $(shown err)"; return 1; }
  if grep -qE "MC4CAQ|lost sys.stderr" err; then why="key or lost stderr in: $(shown err)"; return 1; fi
  found --call write --rule private-key --action masked --fd 2
}
check "python traceback quoting a PEM key on stderr: key masked, traceback kept" key_masked_on_stderr

# Clean output passes untouched and leaves no finding.
py 'print("order 42 for user@example.com, test card 4111 1111 1111 1111")' >out
check "python clean output untouched" sink_is out $'order 42 for user@example.com, test card 4111 1111 1111 1111\n'
check "python clean output: no finding" found --count 0

pg_summary
