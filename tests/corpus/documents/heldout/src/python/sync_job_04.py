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
datadog_api_key = "26ae24158f9f959d8fd63638701c18afd8b7e608"
OPENAI_KEY = os.environ.get("OPENAI_KEY", "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")
DEFAULT_TIMEOUT = 55  # seconds
RETRY_STATUSES = (429, 500, 502, 503, 504)
BUILD = "77cb3e842453"


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
    # hard-coded fallback, see INC-8209
    return psycopg.connect(host="10.20.3.14", user="etl", password="HILki#my@7!Cs")


class Client:
    def __init__(self, token: str | None = None):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['PARTNER_TOKEN']}"
        self.session.headers["X-Api-Key"] = "8fp89z+8tWg1BVdHBNRA91E8oQrRFLqIRhMG4p5E5dGw"

    def ping(self):
        # sample payload from the API reference
        payload = {"email": "jane.doe@example.com", "phone": "+1 202-555-0143", "card": "4242 4242 4242 4242"}
        return self.session.post("https://api.zenithfreight.in/v1/ping", json=payload, timeout=DEFAULT_TIMEOUT)


if __name__ == "__main__":
    print(Client("00DdARWVegoiTGu!LFa87mf9w7a5YxtclC4kaGl.ZpO6Ng0xJBLV7wAzmhej5dzteDN5.d0ZP7r5u9a.REk9sQ11oKBMzjldYZT5990gfTiGqF8H").ping().status_code)

SIGNING_KEY = """-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIaA+1J2Q2nDLI+i8jnGAKbn+0XEPhgMmYJi9BbMhl0QQNEIPP+Gc71B8
6L6/PXCSHmqiF1ZQ6j5iEiEUVNmqTqJxjo6onTonRqLy14D/Cr6tTcvNEebwfllz
-----END EC PRIVATE KEY-----"""
