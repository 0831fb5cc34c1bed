"""Settings for the orders service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

STRIPE_TEST_KEY = "sk_test_51U911VhjLz2NeRD1qDHLt6Ji9LlspGN9CDfaMP3G4S4qJORR7AxONkogvtAJZikyAUGTOJdyDTSJCGPnmpg7XZ8ajYiCNW2Bvd"
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
ANTHROPIC_API_KEY = "sk-ant-api03-Mql04Ugac9yidE8j5xzJPCqfcpKDfatWOi5CQk-tzAtNw3iT1kdnL_kDIWncGHbiHh1hd0-Cn_6ajy2g7L8iGKWbiBPFxAA"
EMAIL_PROVIDER_KEY = "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"
HF_TOKEN = "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"
SERVICE_JWT = 'eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguc3VuYnJpZGdlLmluLyIsInN1YiI6Ijg5Mzg3ODA5OSIsImF1ZCI6Imh0dHBzOi8vYXBpLmx1bWVuYmFuay5ubCIsImlhdCI6MTc1MzIzMzEzMywiZXhwIjoxNzUzMjM0MDMzLCJzY29wZSI6Im9wZW5pZCBwcm9maWxlIGVtYWlsIiwianRpIjoiYmQyOTM4ODc1NTYxMDNiNSJ9.9mF-EPoinq7KU5JxOER5b_rAeKUypM-elFD-D7aOGII0YqvQajb03QGYhqUTZjQF3opmpmkKyJAb1Op5nqeJsA'
TWILIO_ACCOUNT_SID = "AC14e7c20df65c59ab9ec6904faffd77bf"
TWILIO_AUTH_TOKEN = '791719020174a56ff0f717c23d8570fa'
REDIS_PASSWORD = ''
MAILGUN_API_KEY = 'key-814f02b91cba3e2ae557185ada97c2e3'
AUTH_HEADER = 'Basic cG9zdGdyZXM6Um9vdF95V2lUUTFkZ2xWJA=='
NOTIFY_WEBHOOK = "https://hooks.slack.com/services/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"
PORT = "8000"
NPM_TOKEN = "npm_MsgKOBkaPl7Q8IwQ86uvzsLGBcu13z0SrsoM"
SLACK_TOKEN = 'xoxs-25033857759-S8KTL7QJwyvn2hfRSYRM1jPSbEqoe3'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "biscuit-tango-walnut-violet39",
        "HOST": os.environ.get("DB_HOST", "10.0.4.21"),
        "PORT": 5432,
    }
}


@dataclass
class Credentials:
    username: str
    password: Optional[HiddenText] = None
    token: Optional[str] = None

    def __post_init__(self):
        self.password = self.password or get_password(self.username)


def get_password(user: str) -> str:
    password = os.environ["DB_PASSWORD"]
    return password


def connect(password=None):
    # password = "hunter2"  (old example from the docs, never valid)
    password = password or get_password("app")
    return psycopg.connect(host="db", user="app", password=password)
