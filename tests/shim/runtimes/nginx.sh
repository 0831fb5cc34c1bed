#!/usr/bin/env bash
# nginx serving a static file with `sendfile on` (the kernel copies file
# to socket) under the shim: curl on 127.0.0.1 gets the file masked,
# every other byte intact, and the findings name sendfile.
# usage: nginx.sh SHIM
source "$(dirname "$0")/lib.sh"
pg_init "$1"
command -v nginx >/dev/null || { echo "FAIL: nginx is not installed (scripts/setup installs it)"; echo "0 passed, 1 failed"; exit 1; }

mkdir -p www logs
{
  for i in $(seq 1 400); do
    if (( i % 40 == 7 )); then echo "row $i card $CARD mail $MAIL"; else echo "row $i clean text for padding the static file"; fi
  done
} >www/customers.txt
sed "s/$CARD/$CARD_M/g; s/$MAIL/$MAIL_M/g" www/customers.txt >want.txt
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >nginx.conf <<CONF
daemon off;
master_process off;
worker_processes 1;
pid $PWD/nginx.pid;
error_log $PWD/logs/error.log;
events { worker_connections 64; }
http {
  access_log off;
  sendfile on;
  client_body_temp_path $PWD/logs;
  proxy_temp_path $PWD/logs;
  fastcgi_temp_path $PWD/logs;
  uwsgi_temp_path $PWD/logs;
  scgi_temp_path $PWD/logs;
  server {
    listen 127.0.0.1:$port;
    root $PWD/www;
  }
}
CONF
LD_PRELOAD=$SHIM PRIVGUARD_REPORT=$PWD/findings.jsonl timeout 30 nginx -c "$PWD/nginx.conf" -e "$PWD/logs/error.log" &
server=$!
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.05; done
curl -s "http://127.0.0.1:$port/customers.txt" >got.txt
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null

check "nginx sendfile: curl got the file masked, every other byte intact" cmp -s want.txt got.txt
check "nginx sendfile: no raw value reached curl" bash -c '! grep -qE "4539 1488|maria\.gonzalez" got.txt'
check "nginx sendfile: findings name sendfile and the client's socket" \
  grep -qE '"call":"sendfile(64)?".*"sink":\{"kind":"socket","peer":"127\.0\.0\.1:' findings.jsonl
pg_summary
