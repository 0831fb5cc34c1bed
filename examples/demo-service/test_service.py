#!/usr/bin/env python3
"""The service's own integration tests, as a project would have them:
plain functional checks, no privacy checks. Run them under privguard and
the privacy checks come for free:

    python3 -m unittest discover -s examples/demo-service -v
    privguard run --report findings.jsonl -- python3 -m unittest discover -s examples/demo-service -v

Under privguard every process of the test — this one, the service, the
provider stub — is guarded, so the real-looking values of client.py are
masked as soon as they leave the first of them; the tests still pass, and
privguard run exits 3 because of the findings.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import client  # noqa: E402


def start(args, port_file):
    proc = subprocess.Popen([sys.executable] + args, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if os.path.exists(port_file) and os.path.getsize(port_file) > 0:
            with open(port_file) as f:
                return proc, int(f.read())
        if proc.poll() is not None:
            raise RuntimeError("%s exited with %d before listening" % (args[0], proc.returncode))
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("%s did not start listening" % args[0])


def stop(proc):
    if proc.poll() is None:
        proc.terminate()
    try:
        return proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


class CustomersServiceTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory(prefix="demo-service-test.")
        self.addCleanup(self.dir.cleanup)
        d = self.dir.name
        self.record = os.path.join(d, "downstream.jsonl")
        self.downstream, dport = start([os.path.join(HERE, "downstream.py"), "--record", self.record,
                                        "--port-file", os.path.join(d, "downstream.port")],
                                       os.path.join(d, "downstream.port"))
        self.addCleanup(stop, self.downstream)
        env_token = os.environ.setdefault("PAYMENTS_TOKEN", "pay_live_9fK2mQ7xV8rT1wL5nB6cZ4hJ")
        self.assertTrue(env_token)
        self.data = os.path.join(d, "data")
        self.service, sport = start([os.path.join(HERE, "service.py"), "--data-dir", self.data,
                                     "--downstream", "http://127.0.0.1:%d" % dport,
                                     "--port-file", os.path.join(d, "service.port")],
                                    os.path.join(d, "service.port"))
        self.addCleanup(stop, self.service)
        self.url = "http://127.0.0.1:%d" % sport

    def test_customers_are_created_stored_and_verified(self):
        problems = client.run(self.url, out=lambda line: None)
        self.assertEqual(problems, [])
        with open(os.path.join(self.data, "customers.jsonl"), encoding="utf-8") as f:
            stored = [json.loads(line) for line in f]
        self.assertEqual([c["id"] for c in stored], ["cus_%06d" % i for i in range(1, 5)])
        self.assertEqual([c["name"] for c in stored], [c["name"] for c in client.REAL + client.SYNTHETIC])
        with open(self.record, encoding="utf-8") as f:
            calls = [json.loads(line) for line in f]
        self.assertEqual(len(calls), 4)
        self.assertTrue(all(c["headers"].get("Authorization", "").startswith("Bearer ") for c in calls))

    def test_bad_request(self):
        status, body = client.call("POST", self.url + "/customers", {"name": "No Card"})
        self.assertEqual(status, 400)
        self.assertIn("card_number", body["error"])

    def test_service_exits_cleanly_on_sigterm(self):
        self.assertEqual(client.call("GET", self.url + "/health")[0], 200)
        self.assertEqual(stop(self.service), 0)


if __name__ == "__main__":
    unittest.main()
