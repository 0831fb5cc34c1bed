#!/usr/bin/env python3
"""Exercises the customers service: GET /health, then POST /customers for
three customers with real-looking data and one with synthetic test data.

    python3 client.py http://127.0.0.1:PORT        # exit 0 if every answer is right
    python3 client.py --print-values real|synthetic  # the values, one per line (for checks)

The "real" values are made up but valid — a Luhn-valid card, a mod-97
valid IBAN, dialable numbers, addresses at real mail providers — so they
look exactly like personal data. The synthetic ones are the kind meant for
tests: an address at example.com, a 555-01xx number, Stripe's test card,
the ISO 13616 documentation IBAN. privguard masks the first kind and lets
the second through.
"""

import json
import sys
import urllib.error
import urllib.request

REAL = [
    {"name": "Maria Gonzalez", "email": "maria.gonzalez@outlook.com", "phone": "+44 20 7947 0958",
     "card_number": "4539 1488 0343 6467", "iban": "DE44 5001 0517 5407 3249 31"},
    {"name": "Sanne de Vries", "email": "sanne.devries@ziggo.nl", "phone": "+31 6 4172 9384",
     "card_number": "5152 6018 1590 8306", "iban": "NL22 RABO 0331 8705 12"},
    {"name": "James Whitfield", "email": "j.whitfield@gmail.com", "phone": "+1 415-867-2390",
     "card_number": "3716 613186 09138", "iban": "GB46 BARC 2003 5371 8426 09"},
]
SYNTHETIC = [
    {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "(202) 555-0143",
     "card_number": "4242 4242 4242 4242", "iban": "GB82 WEST 1234 5698 7654 32"},
]
FIELDS = ("email", "phone", "card_number", "iban")  # what privguard is expected to judge


def call(method, url, obj=None, timeout=10):
    data = json.dumps(obj).encode() if obj is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def run(base_url, out=print):
    """Runs the scenario against base_url; returns a list of problems (empty: all good)."""
    base_url = base_url.rstrip("/")
    problems = []
    status, body = call("GET", base_url + "/health")
    out("GET  /health -> %d %s" % (status, json.dumps(body)))
    if status != 200 or body.get("status") != "ok":
        problems.append("health check: %d %r" % (status, body))
    ids = set()
    for kind, customers in (("real", REAL), ("synthetic", SYNTHETIC)):
        for c in customers:
            status, body = call("POST", base_url + "/customers", c)
            payment = (body.get("payment") or {}).get("status", "-")
            # The values themselves are not printed: this output is a test log too.
            out("POST /customers (%-9s customer %-15s) -> %d id=%s payment=%s"
                % (kind + ",", c["name"], status, body.get("id"), payment))
            if status != 201 or not str(body.get("id", "")).startswith("cus_") or body["id"] in ids:
                problems.append("%s: %d %r" % (c["name"], status, body))
            elif payment != "approved":
                problems.append("%s: payment %r" % (c["name"], payment))
            ids.add(body.get("id"))
    return problems


def main(argv):
    if len(argv) == 3 and argv[1] == "--print-values" and argv[2] in ("real", "synthetic"):
        for c in REAL if argv[2] == "real" else SYNTHETIC:
            for f in FIELDS:
                print(c[f])
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = run(argv[1])
    for p in problems:
        print("FAIL " + p, file=sys.stderr)
    print("client: %s" % ("all answers as expected" if not problems else "%d problem(s)" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
