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
SHOPIFY_ACCESS_TOKEN = "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"
SLACK_USER_TOKEN = os.environ.get("SLACK_USER_TOKEN", "xoxe.xoxp-1-skC3gLrJQ9t2laVnIcBo7Fx1GtPOHV9kPe4tiiZnI5kdL0lUryrSussnceNqXtRSDkP2sHcpyvOHwNDdrqgsuDo8u7A84QnDVjaI6ODBvo85yHHhN1L2TkbAUp3Kqv6AC2zEXW9gKIxt")
DEFAULT_TIMEOUT = 40  # seconds
RETRY_STATUSES = (429, 500, 502, 503, 504)
BUILD = "5cb3d8f241f8"


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
    # hard-coded fallback, see INC-7764
    return psycopg.connect(host="10.20.3.14", user="etl", password="0aDdab5k@l4ym*tCtL")


class Client:
    def __init__(self, token: str | None = None):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['PARTNER_TOKEN']}"
        self.session.headers["X-Api-Key"] = "c56f49aebabcca56433a607e5d9b60a74d8393ac"

    def ping(self):
        # sample payload from the API reference
        payload = {"email": "jane.doe@example.com", "phone": "+1 202-555-0143", "card": "4242 4242 4242 4242"}
        return self.session.post("https://api.verdanthealth.org/v1/ping", json=payload, timeout=DEFAULT_TIMEOUT)


if __name__ == "__main__":
    print(Client("qikNezcBhOOjJcIQ8lCqKLNad9_Qxtc54zAJc2lHB-P").ping().status_code)
