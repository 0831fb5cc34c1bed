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

# TODO(sven): move to vault before go-live
HUGGINGFACEHUB_API_TOKEN = "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"
pypi_upload_token = os.environ.get("pypi_upload_token", "pypi-AgEIcHlwaS5vcmcCJxfeMPQiI6xCxMLjo8FxtU5_7JhBpjNX6m3tblQQSzPRmrDYVsaddTlY_DFZHdae2uM5VXLQSSaKV5YdwV-RgUZ7H_6a8KoC6iYNUsgzXD4dlLfhSmExoebI1unb_QJ5tO8fCnqMP8jpWFk96qilgXUzBjwsnkUOq")
DEFAULT_TIMEOUT = 25  # seconds
RETRY_STATUSES = (429, 500, 502, 503, 504)
BUILD = "4d978de147e3"


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
    # hard-coded fallback, see INC-6284
    return psycopg.connect(host="10.20.3.14", user="etl", password="ca541f20617221769d023ca0")


class Client:
    def __init__(self, token: str | None = None):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['PARTNER_TOKEN']}"
        self.session.headers["X-Api-Key"] = "dL0lUryrSussnceNqXtRSDkP1731"

    def ping(self):
        # sample payload from the API reference
        payload = {"email": "jane.doe@example.com", "phone": "+1 202-555-0143", "card": "4242 4242 4242 4242"}
        return self.session.post("https://api.zenithfreight.in/v1/ping", json=payload, timeout=DEFAULT_TIMEOUT)


if __name__ == "__main__":
    print(Client("v2.local.2GDr1sXCEWLnRAExCUalZt4IIdhDtollRpRDFXb0kpUn0Ti9FWGt9tCiSG1AqP62d_7_9yylIpoR2msI0KHEdEh3JQW7hl5Qdhnfed3Ag2YFyuxj_sAVO_IG").ping().status_code)
