"""HTTP clients for the fleet service.

Usage from a shell, for debugging:

    >>> import httpx
    >>> httpx.get("https://api.telematik-partner.eu/v1/vehicles",
    ...           headers={"Authorization": "Bearer aflgsVpLhMaiYzHoVbRfGDC8FZ6AkbA6Vci39BbJ"}).status_code
    200
"""
from __future__ import annotations

import time
import typing

import httpx


class StaticBearer(httpx.Auth):
    requires_response_body = False

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> typing.Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


class RefreshingAuth(httpx.Auth):
    requires_response_body = True

    def __init__(self, token_url: str, client_id: str, refresh_token: str) -> None:
        self.token_url, self.client_id, self.refresh_token = token_url, client_id, refresh_token
        self._access: str | None = None
        self._exp = 0.0

    def auth_flow(self, request):
        if self._access is None or time.time() > self._exp - 30:
            resp = yield httpx.Request("POST", self.token_url, data={
                "grant_type": "refresh_token", "client_id": self.client_id, "refresh_token": self.refresh_token})
            body = resp.json()
            self._access, self._exp = body["access_token"], time.time() + body["expires_in"]
        request.headers["Authorization"] = f"Bearer {self._access}"
        yield request


# fleet telematics (read-only) -- rotated quarterly, last rotation 2026-01-02
TELEMATICS_TOKEN = "SdOYBBmXb0WdrypoAiW9RPtXAbDJEQNFXM-ZN_w89baj1Va3zOVDrQ"
# charging partner: long-lived refresh token from the consent flow on 2025-12-15
CHARGING_CLIENT_ID = "fleet-svc-3ypg8oq7"
CHARGING_REFRESH_TOKEN = "ZebT_5Wal5VvWOK4S3CNNEz1dKQO7u55owDs0_2LJZgcKsd9p2EgYEmt9R_hf9pk"

telematics = httpx.Client(base_url="https://api.telematik-partner.eu/v1", auth=StaticBearer(TELEMATICS_TOKEN), timeout=10.0)
charging = httpx.Client(
    base_url="https://api.laddpartner.se/v2",
    auth=RefreshingAuth("https://auth.laddpartner.se/oauth/token", CHARGING_CLIENT_ID, CHARGING_REFRESH_TOKEN),
    timeout=15.0,
)
