#!/usr/bin/env bash
# curl under the shim POSTs a JSON body with a card number and an e-mail
# and an Authorization: Bearer header to a server on 127.0.0.1 that
# records the request it received: plain HTTP (curl's send) or HTTPS
# (the plaintext handed to the TLS library).
# usage: curl.sh SHIM http|https
source "$(dirname "$0")/lib.sh"
pg_init "$1"
scheme=${2:?usage: curl.sh SHIM http|https}

BODY='{"card":"'$CARD'","email":"'$MAIL'","amount":19.99}'
BODY_M='{"card":"'$CARD_M'","email":"'$MAIL_M'","amount":19.99}'

if [ "$scheme" = https ]; then
  # Which TLS library does this curl use? Debian 12's uses OpenSSL.
  tls=$(curl -V | head -n1)
  case $tls in
    *OpenSSL/*) call='SSL_write|SSL_write_ex' ;;
    *GnuTLS/*) call=gnutls_record_send ;;
    *) skip "curl https" "curl's TLS library is neither OpenSSL nor GnuTLS: $tls"; pg_summary ;;
  esac
  echo "curl: $tls -> findings expected in $call"
  make_cert
  serve https recv "$T/cert.pem" "$T/key.pem"
else
  call=send
  serve http recv
fi

shim curl -sS -k --max-time 5 -A privguard-test -X POST \
  -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
  --data-binary "$BODY" "$scheme://127.0.0.1:$PORT/pay" >out 2>err
status=$?
served

request() {
  printf 'POST /pay HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nUser-Agent: privguard-test\r\nAccept: */*\r\n' "$PORT"
  printf 'Content-Type: application/json\r\nAuthorization: Bearer %s\r\nContent-Length: %s\r\n\r\n%s' \
    "$TOKEN" "${#BODY}" "$BODY_M"
}

check "curl $scheme: exit status 0" test "$status" -eq 0
check "curl $scheme: got the server's answer" sink_is out "ok"
check "curl $scheme: server received the request with data masked, its bearer token reported, byte for byte" \
  to_peer recv "$(request)" "$call" credit-card email
if [ "$scheme" = https ]; then
  known_gap "curl https: the finding names the peer" \
    "curl >= 7.87 gives OpenSSL its own BIO, so SSL_get_fd() is -1 and the sink is a socket without a peer" \
    found --call "$call" --kind socket --peer "127.0.0.1:$PORT"
else
  check "curl http: the finding names the peer" found --call send --kind socket --peer "127.0.0.1:$PORT"
fi

pg_summary
