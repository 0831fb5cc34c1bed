#!/usr/bin/env bash
# Node.js under the shim: console.log, process.stdout.write,
# fs.writeFileSync, a net socket. libuv writes with write(2)/writev(2).
source "$(dirname "$0")/lib.sh"
pg_init "$1"

if ! command -v node >/dev/null; then
  skip "node" "node is not installed"
  pg_summary
fi

js() { shim node -e "$1"; }

js 'console.log("id=7 card 4539 1488 0343 6467 mail maria.gonzalez@outlook.com")' >out
check "node console.log -> stdout file" masked out "$LINE_M"$'\n' write credit-card email

js 'process.stdout.write("chunk 4539148803436467\n")' | cat >piped
check "node process.stdout.write -> pipe" masked piped "chunk $CARD16_M"$'\n' write credit-card

js 'console.error("err maria.gonzalez@outlook.com")' 2>err
check "node console.error -> stderr file" masked err "err $MAIL_M"$'\n' write email

js 'require("fs").writeFileSync("out.json", JSON.stringify({card: "4539 1488 0343 6467", n: 1}) + "\n")'
check "node fs.writeFileSync -> file" masked out.json '{"card":"'"$CARD_M"'","n":1}'$'\n' write credit-card

serve tcp recv
js "
const s = require('net').connect($PORT, '127.0.0.1', () => {
  s.write('Authorization: Bearer q8ZtR3vLx0Nw7PbK2mYc5HsJ\n');
  s.end('card 4539 1488 0343 6467\n');
});
setTimeout(() => process.exit(3), 5000).unref();"
served
check "node net socket -> 127.0.0.1 server (card masked, bearer token reported)" to_peer recv \
  "Authorization: Bearer $TOKEN"$'\n'"card $CARD_M"$'\n' 'write|writev' credit-card
check "node net socket: sink is the peer" found --rule credit-card --kind socket --peer "127.0.0.1:$PORT"

js 'console.log("clean", 12345, "user@example.com")' >out
check "node clean output untouched" sink_is out $'clean 12345 user@example.com\n'
check "node clean output: no finding" found --count 0

pg_summary
