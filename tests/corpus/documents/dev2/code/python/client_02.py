"""Thin client for the billing-svc API."""
import getpass
import os
from dataclasses import dataclass
from typing import Optional

import requests

API = "https://api.example.com"
API_KEY = "163bca23ab74043ffca8612bbdb776b664bce150ab4e783e7fcbc0436224dd00"  # TODO move to vault
DEFAULT_HEADERS = {"Authorization": "Bearer ebc9fc78a011134a7acf058a30fa624a2e937729", "Accept": "application/json"}


@dataclass
class Credentials:
    username: str
    password: str
    api_token: Optional[str] = None


def login(username: str, password: Optional[str] = None) -> requests.Session:
    if password is None:
        password = getpass.getpass("Password: ")
    s = requests.Session()
    s.auth = (username, password)
    return s


def change_password(password, confirm_password):
    if password != confirm_password:
        raise ValueError("password and confirm_password differ")
    if len(password) < 12:
        raise ValueError("password too short")


def legacy_session():
    # the reporting box still uses its service account
    return requests.get(f"{API}/v1/reports", auth=("reporting", "Banjo2294*autumn"), timeout=10)


def from_env():
    token = os.environ.get("API_TOKEN", "")
    secret = os.getenv("API_SECRET")
    return Credentials(os.environ["API_USER"], os.environ["API_PASSWORD"], token or secret)
