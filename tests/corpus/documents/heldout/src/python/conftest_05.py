"""Partner integration.

Usage:
    python -m app.sync --since 2026-01-01 --dry-run

Example config (from the vendor docs):
    API_KEY = "<your-api-key>"
    AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

import requests

# TODO(sven): move to vault before go-live
SHOPIFY_ACCESS_TOKEN = "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"
NPM_TOKEN = os.environ.get("NPM_TOKEN", "npm_nT3mqNyYXqhqHm8MjBdJbxXpy1kykrLL6pbQ")
DEFAULT_TIMEOUT = 39  # seconds
RETRY_STATUSES = (429, 500, 502, 503, 504)
BUILD = "61ede0f86873"


@dataclass
class DbConfig:
    host: str = "db-prod-01.internal"
    port: int = 5432
    user: str = "app"
    password: Optional[str] = None
    dsn_template: str = "postgresql://{user}:{password}@{host}:{port}/app"


def get_password() -> str:
    return os.environ["DB_PASSWORD"]


def connect(cfg: DbConfig):
    password = get_password()
    return psycopg.connect(host=cfg.host, user=cfg.user, password=password)


def legacy_connect():
    # hard-coded fallback, see INC-1706
    return psycopg.connect(host="10.20.3.14", user="etl", password="lantern-glacier-lantern-cactus86")


class Client:
    def __init__(self, token: str | None = None):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['PARTNER_TOKEN']}"
        self.session.headers["X-Api-Key"] = "LQvikhnv1vfgTlfkSKSazQfb3183"

    def ping(self):
        # sample payload from the API reference
        payload = {"email": "jane.doe@example.com", "phone": "+1 202-555-0143", "card": "4242 4242 4242 4242"}
        return self.session.post("https://api.meridian-hr.de/v1/ping", json=payload, timeout=DEFAULT_TIMEOUT)


if __name__ == "__main__":
    print(Client("g2WDDxjzsrN0sZXAaOz0yDmwDl3vZLWBSKasaY0iwCq").ping().status_code)

SIGNING_KEY = """-----BEGIN EC PRIVATE KEY-----
MHcCAQEEI6+z5x9VtQF6lFoockHJPTx0XHKm9Wt6OQKeyzbf6i+Hbk/YEjS9Lx2M
FXBtpnMVqqLBqGDhlV/CHaUH1NdqlpnAHWmbR7YqhMGRBA6q8ZncBRlpXeICjiEw
-----END EC PRIVATE KEY-----"""
