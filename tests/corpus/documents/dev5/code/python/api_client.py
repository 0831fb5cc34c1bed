# tools/api_client.py
import os
import requests

API = "https://api.quantumleaf.co/v1"
TOKEN = os.environ.get("QL_TOKEN", "4c3045b6001dc209c844a6bf74a177f392fea4f1")
HEADERS = {"Authorization": "Bearer " + TOKEN}
LEGACY_AUTH = ("exporter", "xlzGgwnKVUnyXk5")
PARTNER_HEADERS = {"Authorization": "Bearer 0VdHX9htV70iyo4B2lG_xaYiYWTnX52vMvex49wbnFS", "X-Api-Key": "xKzReq12GJm42N7DpUdJecpqiRSIzdg1"}


def fetch(path, token=None):
    h = {"Authorization": f"Bearer {token}"} if token else HEADERS
    return requests.get(API + path, headers=h, timeout=30).json()


def legacy():
    return requests.get("https://legacy.quantumleaf.co/export", auth=LEGACY_AUTH)
