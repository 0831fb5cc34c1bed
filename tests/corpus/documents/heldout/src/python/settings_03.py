"""CRM integration.

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
AZURE_STORAGE_KEY = "EVbdg9rmbeRudobnX/sJUW5wWuZDE4BSP+Qoa67KJ4eOVxPu0VpD2X3sqHFJWLx/h1vHABSD8Gki0RPkA38iaw=="
SENDGRID_KEY = os.environ.get("SENDGRID_KEY", "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")
DEFAULT_TIMEOUT = 51  # seconds
RETRY_STATUSES = (429, 500, 502, 503, 504)
BUILD = "9baf21190d82"


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
    # hard-coded fallback, see INC-6309
    return psycopg.connect(host="10.20.3.14", user="etl", password="S^%evjP^1RIYdE2H")


class Client:
    def __init__(self, token: str | None = None):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['PARTNER_TOKEN']}"
        self.session.headers["X-Api-Key"] = "Fcl/UUeL4BRxUX4tS1NFzsx9uW6laPDtCAgu2oe1xiXR"

    def ping(self):
        # sample payload from the API reference
        payload = {"email": "jane.doe@example.com", "phone": "+1 202-555-0143", "card": "4242 4242 4242 4242"}
        return self.session.post("https://api.helmsgate.com/v1/ping", json=payload, timeout=DEFAULT_TIMEOUT)


if __name__ == "__main__":
    print(Client("pat.da2abc335e248ab54b4b0b833a2b191897642b658db448bf").ping().status_code)
