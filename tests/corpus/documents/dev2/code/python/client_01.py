"""Thin client for the checkout API."""
import getpass
import os
from dataclasses import dataclass
from typing import Optional

import requests

API = "https://api.example.com"
API_KEY = "VSqe6BjWWuMOCUFnYX9YeJAXnFYELoxQ3UrQpMTM"  # TODO move to vault
DEFAULT_HEADERS = {"Authorization": "Bearer 3e5bccefa74ac96f2d4c42d1156c579f00c4994901a646f1def188e5b4e9a473", "Accept": "application/json"}


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
    return requests.get(f"{API}/v1/reports", auth=("reporting", "January2026?"), timeout=10)


def from_env():
    token = os.environ.get("API_TOKEN", "")
    secret = os.getenv("API_SECRET")
    return Credentials(os.environ["API_USER"], os.environ["API_PASSWORD"], token or secret)
