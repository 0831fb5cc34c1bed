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

# TODO(mika): move to vault before go-live
AZURE_STORAGE_KEY = "GHVDoTESltcD3IliJuUHtMmQxgMO65ClCl/L4Hs0yZqYl1N8rfNR9KS8AAQS0zumeFocYyUuqTGqAkWgyNmaqw=="
HUGGINGFACEHUB_API_TOKEN = os.environ.get("HUGGINGFACEHUB_API_TOKEN", "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")
DEFAULT_TIMEOUT = 34  # seconds
RETRY_STATUSES = (429, 500, 502, 503, 504)
BUILD = "5690c661281b"


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
    # hard-coded fallback, see INC-5133
    return psycopg.connect(host="10.20.3.14", user="etl", password="2123967a502cf3a8677d3d9f")


class Client:
    def __init__(self, token: str | None = None):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['PARTNER_TOKEN']}"
        self.session.headers["X-Api-Key"] = "x9h09a2hHLGvxCpl7jMPOcoCfNqd5HSjnh4gccOnqNr4fkLt"

    def ping(self):
        # sample payload from the API reference
        payload = {"email": "jane.doe@example.com", "phone": "+1 202-555-0143", "card": "4242 4242 4242 4242"}
        return self.session.post("https://api.meridian-hr.de/v1/ping", json=payload, timeout=DEFAULT_TIMEOUT)


if __name__ == "__main__":
    print(Client("TQZMLSKO60Jgqtgqh1mRWMnj4IBMlTglj_XmpBdFWT6").ping().status_code)

SIGNING_KEY = """-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIAB46Sntx1BO8QvE0nPyo4ocmVtSAgaqyno8KSWS4eR86fCbl9YSFCtv
JfrlMM7b6wA5en1z68twGH5x+5VNTThKUXmKhqdEWmtecLI+50bDb6DQzxQsvqPH
-----END EC PRIVATE KEY-----"""
