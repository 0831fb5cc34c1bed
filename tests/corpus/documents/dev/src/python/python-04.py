"""Settings for the orders service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

ANTHROPIC_API_KEY = "sk-ant-api03-spG5Ou0RH4zxuXWK2RTfnKbLIWXSQ_JIlvEFSFXkFjgeMlb0O4rGyWSwCIQWefZsWNmZ0Yn3WOLL7qZHxJY7amCXwcNfxAA"
OPENAI_API_KEY = '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'
SLACK_WEBHOOK_URL = 'https://hooks.slack.com/workflows/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'
TWILIO_API_KEY = 'SK784a637be537723cfc3bfb5b899d2a58'
POETRY_PYPI_TOKEN_PYPI = 'pypi-AgEIcHlwaS5vcmcAiUIARIhS2E-b64GEhkXy9KRZlFlGmOs0h1xn45DfgIbvb_QXEfsbcSYIRgmWDdnYrxheqoQOyupOHBjjnHXFyqFpHqZbArjA6TiaZQEzc0Wy-nLvCv6WHiWX65mmkXfvUR5kun6-OC2xdH2m4DlypZ7mJ7kPDyG4GCp3zF-'
DB_PASSWORD = "changeme"
MG_API_KEY = "key-bb5193c26485bb6c4d3393002fa7fef6"
SMTP_USER = "apikey"
SMTP_PASSWORD = "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"
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
DATADOG_APP_KEY = 'db166513613b6bc96547f995278869807b04a51b'
DB_HOST = "10.184.245.10"
AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "Svc_LehHbwp3Jy!",
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
