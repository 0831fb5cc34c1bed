import os
import time
import uuid
import requests

BASE_URL = "https://api.partner.example/v2"
API_TOKEN = "4Lnnk6zaL19TRi2iWYGfO1v11IVcr4SEsd4jCfL0clo"          # service account "sync-0"
DO_HEADERS = {"Authorization": "Bearer dop_v1_94904c210f4e62f33caf3ae74524f5385f493156e1be1a087c18cc5fa89d16a6", "Content-Type": "application/json"}
CALLBACK_HMAC_SECRET = "dffd80851e7320a70dfb7fba0386e081ebfc7bed10f5f81170f31113f199e308"


def _headers():
    return {
        "Authorization": f"Bearer {API_TOKEN}",
        "Idempotency-Key": str(uuid.uuid4()),
        "User-Agent": "sync-worker/5.5",
    }


def fetch_page(cursor=None):
    params = {"limit": 100}
    if cursor:
        params["cursor"] = cursor
    resp = requests.get(f"{BASE_URL}/contacts", headers=_headers(), params=params, timeout=30)
    resp.raise_for_status()
    return resp.json()


def resize_droplet(droplet_id: int) -> None:
    requests.post(f"https://api.digitalocean.com/v2/droplets/{droplet_id}/actions",
                  headers=DO_HEADERS, json={"type": "resize", "size": "s-2vcpu-4gb"}, timeout=30)


def main():
    cursor = None
    while True:
        page = fetch_page(cursor)
        for item in page["data"]:
            print(item["id"], item.get("updated_at"))
        cursor = page.get("next_cursor")   # e.g. "eyJpZCI6ODI0MTY0NiwidHMiOjE3MTg1OTczMDR9"
        if not cursor:
            break
        time.sleep(0.2)


if __name__ == "__main__":
    main()
