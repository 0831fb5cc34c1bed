#!/usr/bin/env python3
"""customers: a small, careless HTTP service (Python 3 standard library only).

    POST /customers  {"name", "email", "phone", "card_number", "iban"}
                     -> logs the record, appends it to DATA_DIR/customers.jsonl,
                        sends the card to the payments provider (--downstream)
                        with "Authorization: Bearer $PAYMENTS_TOKEN",
                        answers 201 {"id": "cus_000001", "payment": {...}}
    GET  /health     -> 200 {"status": "ok"}

It does what many real services do by accident: it logs whole customer
records and the outgoing request's headers. Run it under privguard
(`privguard run -- python3 service.py ...`) and what leaves the process —
the log, the database file, the request to the provider — is masked.

Exits 0 on SIGTERM/SIGINT, or after --max-requests requests.
"""

import argparse
import json
import logging
import os
import signal
import sys
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

log = logging.getLogger("customers")


class State:
    def __init__(self, args):
        self.data_dir = args.data_dir
        self.db_path = os.path.join(args.data_dir, "customers.jsonl")
        self.downstream = args.downstream.rstrip("/") if args.downstream else ""
        self.token = os.environ.get("PAYMENTS_TOKEN", "")
        self.next_id = 1
        self.requests = 0
        self.stop = False


class Handler(BaseHTTPRequestHandler):
    server_version = "customers/1.0"
    protocol_version = "HTTP/1.0"  # one request per connection: simple counting and shutdown

    def log_message(self, fmt, *args):  # access log through logging, like the rest
        log.info("%s %s", self.address_string(), fmt % args)

    def reply(self, status, obj):
        body = json.dumps(obj).encode() + b"\n"
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.state.requests += 1
        if self.path == "/health":
            self.reply(200, {"status": "ok"})
        else:
            self.reply(404, {"error": "not found"})

    def do_POST(self):
        state = self.server.state
        state.requests += 1
        if self.path != "/customers":
            self.reply(404, {"error": "not found"})
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
            record = json.loads(self.rfile.read(length) or b"{}")
            missing = [k for k in ("name", "email", "phone", "card_number", "iban") if not record.get(k)]
        except (ValueError, json.JSONDecodeError) as e:
            self.reply(400, {"error": "bad JSON: %s" % e})
            return
        if missing:
            self.reply(400, {"error": "missing fields: " + ", ".join(missing)})
            return

        customer_id = "cus_%06d" % state.next_id
        state.next_id += 1
        record = {"id": customer_id, **record}

        # The careless part, as found in the wild: the whole record in the log...
        log.info("new customer %s: %s", customer_id, json.dumps(record, ensure_ascii=False))
        # ...in the "database"...
        with open(state.db_path, "a", encoding="utf-8") as db:
            db.write(json.dumps(record, ensure_ascii=False) + "\n")
        # ...and the card, with our API token, to the payments provider.
        try:
            payment = self.verify_card(state, record)
        except (OSError, ValueError) as e:
            log.error("payments provider failed for %s: %s", customer_id, e)
            self.reply(502, {"id": customer_id, "error": "payments provider unavailable"})
            return
        self.reply(201, {"id": customer_id, "payment": payment})

    def verify_card(self, state, record):
        if not state.downstream:
            return {"status": "skipped"}
        url = state.downstream + "/v1/card-verifications"
        headers = {"Content-Type": "application/json", "Authorization": "Bearer " + state.token}
        body = json.dumps({
            "customer": record["id"],
            "card": {"number": record["card_number"], "holder": record["name"]},
            "billing_email": record["email"],
        }).encode()
        log.debug("POST %s headers=%s", url, headers)
        req = urllib.request.Request(url, data=body, headers=headers, method="POST")
        with urllib.request.urlopen(req, timeout=5) as resp:
            answer = json.loads(resp.read() or b"{}")
        log.info("payments provider answered for %s: %s", record["id"], answer.get("status"))
        return answer


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get("PORT", "0")),
                   help="0 (default) lets the OS choose; also $PORT")
    p.add_argument("--port-file", help="write the port chosen here once listening")
    p.add_argument("--data-dir", default=os.environ.get("DATA_DIR", "."),
                   help="where customers.jsonl and service.log go")
    p.add_argument("--downstream", default=os.environ.get("PAYMENTS_URL", ""),
                   help="payments provider base URL, e.g. http://127.0.0.1:8081")
    p.add_argument("--max-requests", type=int, default=0, help="exit after N requests (0: never)")
    args = p.parse_args()

    os.makedirs(args.data_dir, exist_ok=True)
    logging.basicConfig(
        level=logging.DEBUG,
        format="%(asctime)s %(levelname)-5s %(name)s %(message)s",
        handlers=[logging.StreamHandler(sys.stderr),
                  logging.FileHandler(os.path.join(args.data_dir, "service.log"), encoding="utf-8")],
    )

    state = State(args)
    server = HTTPServer((args.host, args.port), Handler)
    server.state = state
    server.timeout = 0.2  # handle_request() returns this often to look at the stop flag

    def on_signal(signum, _frame):
        state.stop = True
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    host, port = server.server_address[:2]
    print("listening on %s:%d" % (host, port), flush=True)
    if args.port_file:  # written whole, then renamed: a reader never sees half a number
        tmp = args.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d\n" % port)
        os.replace(tmp, args.port_file)

    while not state.stop and not (args.max_requests and state.requests >= args.max_requests):
        server.handle_request()
    server.server_close()
    log.info("stopped after %d requests", state.requests)
    logging.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
