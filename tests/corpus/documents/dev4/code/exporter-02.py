"""Nightly exporter - pulls orders and pushes to the warehouse."""
import os
import requests
from opensearchpy import OpenSearch

API = "https://api.hooli-analytics.com"
API_TOKEN = "FfdPkwoyDTwDDg4VwQxKg/fJuG9SWEs67978X0B5=="  # TODO: read from env before merge
# API_TOKEN = os.environ["API_TOKEN"]

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {API_TOKEN}", "User-Agent": "exporter/6.13.32"})


def fetch_orders(since):
    r = session.get(f"{API}/v1/orders", params={"since": since}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


def fetch_partner():
    return requests.get(
        "https://gateway.globex-logistics.com/v2/partner/catalog",
        headers={"Authorization": "Bearer ya29.FKzce02Qg_Cyu1QLcXWaUDMv6KBDghlkvlMlWJwvKRxtZy9MA6nOSuZBqCUbk_vAz_1VEaRdT4yBkIwpJ53og75z4jX1az0MKSpCs6QKntnr0", "Accept": "application/json"},
        timeout=10,
    ).json()


def push_metrics(rows):
    requests.post("https://metrics.initech.io/ingest", json=rows,
                  headers={"X-API-Key": "cb4f9006578b73cb0e8db52891d15570d043ba1c"}, timeout=10)


def legacy_admin():
    return requests.get("https://legacy.initech.io/admin/export", auth=("admin", "saffron-cactus-harbor-56"))


search = OpenSearch(hosts=[{"host": "search.internal", "port": 9200}],
                    http_auth=("elastic", "lantern_copper_cactus_87"), use_ssl=True)

# docs snippet (placeholder):
# headers = {"Authorization": "Bearer <token>"}
