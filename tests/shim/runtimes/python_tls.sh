#!/usr/bin/env bash
# Python's ssl module under the shim. Python loads libssl privately
# (_ssl.so is dlopen'ed RTLD_LOCAL), so the shim must find SSL_write_ex
# where _ssl.so's own libssl is, not with RTLD_NEXT; asyncio encrypts
# into memory BIOs and sends the TLS records with plain send(), which must
# not be "masked" (ciphertext only ever matches by accident, and a changed
# byte breaks the record's MAC). Servers run without the shim.
source "$(dirname "$0")/lib.sh"
pg_init "$1"
make_cert

# TLS 1.3 sends its session tickets after the handshake: a client that
# closes with them unread makes its kernel answer with a reset, which may
# discard what the server has not read yet. So the clients half-close and
# read to the server's close.
DRAIN='
s.shutdown(socket.SHUT_WR)
while s.recv(4096):
    pass
s.close()'

CTX='
import ssl
ctx = ssl.create_default_context(cafile="cert.pem")
ctx.check_hostname = False
'

# Blocking client, TLS 1.2 and 1.3: the handshake, then sendall.
for version in TLSv1_2 TLSv1_3; do
  serve tls recv cert.pem key.pem
  shim "$PY" -c "$CTX
import socket
ctx.minimum_version = ctx.maximum_version = ssl.TLSVersion.$version
s = ctx.wrap_socket(socket.create_connection(('127.0.0.1', $PORT), timeout=5))
s.sendall(b'hello card $CARD to $MAIL\n')
s.sendall(b'clean line\n')
print(s.version())
$DRAIN" >out 2>err
  served
  check "python ssl $version: the client works" sink_is out "${version/_/.}"$'\n'
  check "python ssl $version: the server got the values masked" \
    masked recv "hello card $CARD_M to $MAIL_M"$'\nclean line\n' SSL_write_ex credit-card email
  check "python ssl $version: the finding names the peer" \
    found --call SSL_write_ex --rule email --kind socket --peer "127.0.0.1:$PORT"
done

# urllib over HTTPS: a POST whose body holds a card; the response is read.
serve https recv cert.pem key.pem
shim "$PY" -c "$CTX
import urllib.request
req = urllib.request.Request('https://127.0.0.1:$PORT/pay', data=b'card=$CARD', method='POST')
print(urllib.request.urlopen(req, context=ctx, timeout=5).read().decode())" >out 2>err
served
check "python urllib HTTPS: the response arrives" sink_is out $'ok\n'
check "python urllib HTTPS: the body went masked" sink_has <(tail -c 30 recv; echo) "card=$CARD_M"
check "python urllib HTTPS: no raw value" no_raw recv

# An HTTPS server under the shim, curl (not under it) as the client.
: >"$REPORT"
LD_PRELOAD=$SHIM PRIVGUARD_REPORT=$REPORT timeout 15 "$PY" -c "
import http.server, ssl
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'customer $MAIL card $CARD\n'
        self.send_response(200); self.send_header('Content-Length', str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
srv = http.server.HTTPServer(('127.0.0.1', 0), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); ctx.load_cert_chain('cert.pem', 'key.pem')
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
with open('https.port', 'w') as f: f.write(str(srv.server_address[1]))
srv.handle_request()" &
SERVER_PID=$!
for i in $(seq 100); do [ -s https.port ] && break; sleep 0.05; done
curl -sk --max-time 5 "https://127.0.0.1:$(cat https.port)/" >curl.out
served
check "python HTTPS server: curl got the page, values masked" sink_is curl.out "customer $MAIL_M card $CARD_M"$'\n'
check "python HTTPS server: finding in SSL_write_ex" found --call SSL_write_ex --rule credit-card

# asyncio: TLS through memory BIOs. 4 MiB of clean text and one value: the
# ciphertext (~4 MiB of random bytes, sent with send()) must arrive intact.
serve tls recv cert.pem key.pem
shim "$PY" -c "$CTX
import asyncio
async def main():
    r, w = await asyncio.open_connection('127.0.0.1', $PORT, ssl=ctx, server_hostname='localhost')
    for i in range(65536):
        w.write(b'line %06d status=ok path=/api/v1/items user=42\n' % i)
    w.write(b'paid with $CARD\n')
    await w.drain()
    w.close()
    await w.wait_closed()
asyncio.run(main())
print('done')" >out 2>err
served
expected_asyncio() {
  "$PY" -c "
import sys
for i in range(65536):
    sys.stdout.write('line %06d status=ok path=/api/v1/items user=42\n' % i)
sys.stdout.write('paid with $CARD_M\n')" >expected
  cmp -s expected recv || { why="received differs from expected (err: $(head -c 300 err))"; return 1; }
}
check "python asyncio TLS: the client finished" sink_is out $'done\n'
check "python asyncio TLS: 4 MiB arrived exactly, the value masked" expected_asyncio
check "python asyncio TLS: finding in SSL_write_ex" found --call SSL_write_ex --rule credit-card --count 1

# TLS records sent with plain send() pass unchanged, even where their
# bytes happen to spell a value (here on purpose: an application-data
# record whose body is an e-mail address).
serve tcp recv
shim "$PY" -c "
import socket, struct
body = b'ciphertext ... $MAIL ...'
s = socket.create_connection(('127.0.0.1', $PORT), timeout=5)
s.sendall(b'\x17\x03\x03' + struct.pack('>H', len(body)) + body)
s.close()"
served
check "TLS record over send(): delivered unchanged" grep -qF "$MAIL" recv
check "TLS record over send(): no finding" found --count 0

# TLS inside TLS (a proxied connection, asyncio's start_tls over TLS): the
# outer SSL_write's plaintext is the inner connection's records, which
# pass unchanged (here an application-data record whose body spells an
# e-mail address).
serve tls recv cert.pem key.pem
shim "$PY" -c "$CTX
import socket, struct
body = b'inner ciphertext ... $MAIL ...'
s = ctx.wrap_socket(socket.create_connection(('127.0.0.1', $PORT), timeout=5))
s.sendall(b'\x17\x03\x03' + struct.pack('>H', len(body)) + body)
$DRAIN"
served
check "TLS records inside TLS: delivered unchanged" grep -qF "$MAIL" recv
check "TLS records inside TLS: no finding" found --count 0

# A private key through SSL_write_ex is blocked: the peer gets nothing of
# it, and the caller gets an SSLError that says why (not a false EOF).
serve tls recv cert.pem key.pem
shim "$PY" -c "$CTX
import socket
s = ctx.wrap_socket(socket.create_connection(('127.0.0.1', $PORT), timeout=5))
try:
    s.sendall(b'-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIDrG/jaPto5gfn806gX3kLm9QwZ2vT7yNb4sHc1dEu0p\n-----END PRIVATE KEY-----\n')
    print('sent')
except ssl.SSLError as e:
    print(type(e).__name__, 'privguard' in str(e))
s.sendall(b'after\n')
$DRAIN" >out 2>err
served
check "python ssl blocked key: an SSLError naming privguard" sink_is out $'SSLError True\n'
check "python ssl blocked key: the peer got only the next write" sink_is recv $'after\n'
check "python ssl blocked key: finding private-key blocked" found --call SSL_write_ex --rule private-key --action blocked

pg_summary
