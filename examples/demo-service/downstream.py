#!/usr/bin/env python3
"""payments: a stub payments provider (Python 3 standard library only).

Records every request it receives — method, path, headers, body — as one
JSON line in --record, exactly as it arrived on the wire, and answers
200 {"status": "approved", "verification": "ver_0001"}. Prints
"listening on 127.0.0.1:PORT". Exits 0 on SIGTERM/SIGINT or after
--max-requests requests.

In the demo it stands for the outside world, so it runs outside privguard:
its record shows what the guarded service really sent.
"""

import argparse
import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer


class Handler(BaseHTTPRequestHandler):
    server_version = "payments-stub/1.0"
    protocol_version = "HTTP/1.0"

    def log_message(self, fmt, *args):
        pass  # the record file is the log

    def handle_any(self):
        srv = self.server
        srv.requests += 1
        length = int(self.headers.get("Content-Length", "0") or 0)
        raw = self.rfile.read(length) if length else b""
        entry = {
            "method": self.command,
            "path": self.path,
            "headers": dict(self.headers.items()),
            "body": raw.decode("utf-8", "replace"),
        }
        with open(srv.record, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
        body = json.dumps({"status": "approved", "verification": "ver_%04d" % srv.requests}).encode() + b"\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="0 (default) lets the OS choose")
    p.add_argument("--port-file", help="write the port chosen here once listening")
    p.add_argument("--record", required=True, help="JSON Lines file of the requests received")
    p.add_argument("--max-requests", type=int, default=0, help="exit after N requests (0: never)")
    args = p.parse_args()

    server = HTTPServer((args.host, args.port), Handler)
    server.record = args.record
    server.requests = 0
    server.stop = False
    server.timeout = 0.2

    def on_signal(signum, _frame):
        server.stop = True
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    host, port = server.server_address[:2]
    print("listening on %s:%d" % (host, port), flush=True)
    if args.port_file:
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d\n" % port)
        os.replace(tmp, args.port_file)

    while not server.stop and not (args.max_requests and server.requests >= args.max_requests):
        server.handle_request()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
