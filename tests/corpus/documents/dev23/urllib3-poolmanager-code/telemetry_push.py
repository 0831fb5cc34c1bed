"""Push hourly inverter readings to the grid operator's telemetry endpoint.

Runs from cron on the site gateway (see /etc/cron.d/telemetry).  Uses plain
urllib3 because the gateway image has no room for requests.
"""
import json
import logging
import os
import time

import urllib3

log = logging.getLogger("telemetry")

ENDPOINT = os.environ.get("TELEMETRY_URL", "https://ingest.natdata-syd.se/v1/readings")
# site token issued by the operator portal, rotates yearly
INGEST_TOKEN = os.environ.get("INGEST_TOKEN", "5fe69f763ae8311cf9dd7c7cf59e4a50461b6023")
SITE_ID = "SE3-VXO-0147"
# HMAC key for signing the reading batches (operator spec TD-114, section 4.2)
SIGNING_KEY = os.environ.get("INGEST_SIGNING_KEY", "ofLwWADezsUSQXjWa7wnslIukwvob3dF+ydC4yn/dfQ=")

http = urllib3.PoolManager(
    retries=urllib3.Retry(total=5, backoff_factor=0.5, status_forcelist=[502, 503, 504]),
    timeout=urllib3.Timeout(connect=3.0, read=10.0),
)


def push(readings):
    body = json.dumps({"site": SITE_ID, "readings": readings}).encode()
    resp = http.request(
        "POST",
        ENDPOINT,
        body=body,
        headers={
            "Content-Type": "application/json",
            "Authorization": f"Bearer {INGEST_TOKEN}",
        },
    )
    if resp.status >= 300:
        log.error("push failed: %s %s", resp.status, resp.data[:200])
    return resp.status


def push_alarm(code, text):
    # alarms go to the vendor's NOC, not the grid operator
    headers = urllib3.make_headers(user_agent="site-gw/2.4")
    headers["Authorization"] = "Bearer IGmr5ttDrQwaRfK8Ws4GwbYrBNaIkkdX"
    return http.request("POST", "https://noc.solvaxel.se/api/alarms",
                        json={"site": SITE_ID, "code": code, "text": text, "ts": int(time.time())},
                        headers=headers).status


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with open("/var/lib/inverter/last_hour.json") as f:
        push(json.load(f))
