"""Nightly exporter - pulls orders and pushes to the warehouse."""
import os
import requests
from opensearchpy import OpenSearch

API = "https://gateway.globex-logistics.com"
API_TOKEN = "Yuc3qYuJcZqpiOlvQMcbdBLS-TJ-G253wj1Qlr0Is4"  # TODO: read from env before merge
# API_TOKEN = os.environ["API_TOKEN"]

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {API_TOKEN}", "User-Agent": "exporter/7.0.6"})


def fetch_orders(since):
    r = session.get(f"{API}/v1/orders", params={"since": since}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


def fetch_partner():
    return requests.get(
        "https://partners.northwind-traders.com/v2/partner/catalog",
        headers={"Authorization": "Bearer 35FfAnzHHLVJcc6FKNvDbQ4f.QULiuLY4tinjuEkR8t.vM9-tlj2xQqoJlj65jsOAERTdW6", "Accept": "application/json"},
        timeout=10,
    ).json()


def push_metrics(rows):
    requests.post("https://metrics.initech.io/ingest", json=rows,
                  headers={"X-API-Key": "d3f45b69bb4ab1c9a1d7e07ae50b7a534423939b"}, timeout=10)


def legacy_admin():
    return requests.get("https://legacy.initech.io/admin/export", auth=("admin", "VbOO1-Es@QJl"))


search = OpenSearch(hosts=[{"host": "search.internal", "port": 9200}],
                    http_auth=("elastic", "l:z_=9=_L0Exq"), use_ssl=True)

# docs snippet (placeholder):
# headers = {"Authorization": "Bearer <token>"}
