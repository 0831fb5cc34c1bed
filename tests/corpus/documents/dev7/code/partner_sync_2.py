import os
import time
import uuid
import requests

BASE_URL = "https://api.partner.example/v2"
API_TOKEN = "823dff71d38b61f0356f31f92c2c27ec88b8b448"          # service account "sync-1"
DO_HEADERS = {"Authorization": "Bearer dop_v1_a3d04c7df245f7ae8c57e04ef410cbd950b04cc2a240249af0c08663f4cd3976", "Content-Type": "application/json"}
CALLBACK_HMAC_SECRET = "5653bcb69e807a4e60019ac906611b0e441eeeb436e1640e0ed86e5a1e3f8a89"


def _headers():
    return {
        "Authorization": f"Bearer {API_TOKEN}",
        "Idempotency-Key": str(uuid.uuid4()),
        "User-Agent": "sync-worker/3.6",
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
        cursor = page.get("next_cursor")   # e.g. "eyJpZCI6MzM0OTE4OCwidHMiOjE3MTg1NTYzMzR9"
        if not cursor:
            break
        time.sleep(0.2)


if __name__ == "__main__":
    main()
