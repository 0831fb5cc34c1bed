#!/usr/bin/env bash
# openssl s_client under the shim sends lines to openssl s_server (not
# under the shim) on 127.0.0.1: the plaintext the server receives must be
# masked. And openssl writing a PEM private key should be blocked (a
# whole key in one write to stdout is masked).
source "$(dirname "$0")/lib.sh"
pg_init "$1"
make_cert

# s_server quits when its stdin ends: give it a FIFO that we hold open.
mkfifo srv.in
exec 3<>srv.in
timeout 10 openssl s_server -accept 127.0.0.1:0 -naccept 1 -cert cert.pem -key key.pem <srv.in >srv.out 2>srv.err &
SERVER_PID=$!
for i in $(seq 100); do
  grep -q '^ACCEPT' srv.out 2>/dev/null && break
  sleep 0.05
done
PORT=$(sed -n 's/^ACCEPT 127\.0\.0\.1:\([0-9]*\)$/\1/p' srv.out)

printf 'hello %s\nAuthorization: Bearer %s\ncontact %s\nbye\n' "$CARD" "$TOKEN" "$MAIL" |
  shim openssl s_client -quiet -no_ign_eof -connect "127.0.0.1:$PORT" >cli.out 2>cli.err
status=$?
served
exec 3>&-

check "s_client: exit status 0" test "$status" -eq 0
check "s_server received the card masked" sink_has srv.out "hello $CARD_M"
check "s_server received the bearer token it authenticates with (reported, not masked)" \
  sink_has srv.out "Authorization: Bearer $TOKEN"
check "s_server received the e-mail masked" sink_has srv.out "contact $MAIL_M"
check "s_server received the clean line intact" sink_has srv.out "bye"
check "s_server received no raw personal data" no_raw_personal srv.out
check "the bearer token to the peer: reported" found --rule bearer-token --action reported --kind socket
for rule in credit-card bearer-token email; do
  check "finding $rule in SSL_write, peer 127.0.0.1:$PORT" \
    found --call 'SSL_write|SSL_write_ex' --rule "$rule" --kind socket --peer "127.0.0.1:$PORT"
done

# PEM_write_bio writes "-----BEGIN ", "PRIVATE KEY", "-----\n" and each
# base64 line as separate BIO_write -> fwrite calls; glibc joins them in
# the FILE buffer. No single call holds the "-----BEGIN PRIVATE KEY-----"
# the private-key rule needs.
key_blocked() { found --rule private-key --action blocked && ! grep -q 'PRIVATE KEY' key.out; }
shim openssl genpkey -algorithm ed25519 >key.out 2>key.err
# openssl writes the header in three fwrite calls ("-----BEGIN ",
# "PRIVATE KEY", "-----\n"): blocked through the stream's pending buffer.
# On stdout a key is masked when the call holds it whole (the default
# policy's sink rule for the standard streams), but this one's END comes
# in a later write: a mask of the first line would let the body through,
# so the call is blocked and openssl stops there.
check "openssl genpkey: PEM private key to stdout is blocked" key_blocked
shim openssl genpkey -algorithm ed25519 -out key2.out 2>key2.err
check "openssl genpkey -out FILE: blocked, the file stays empty" sink_is key2.out ""

# A whole key in one write to stdout is masked: nothing of it, and the
# bytes around it, arrive.
shim cat key.pem >cat.out
whole_key_masked() {
  if grep -qE 'PRIVATE|[A-Za-z0-9+/]{20}' cat.out; then why="key bytes in: $(shown cat.out)"; return 1; fi
  [ "$(wc -c <cat.out)" -eq "$(wc -c <key.pem)" ] || { why="length changed"; return 1; }
  found --call 'write|copy_file_range' --rule private-key --action masked --fd 1
}
check "cat key.pem: a whole key on stdout is masked" whole_key_masked

pg_summary
