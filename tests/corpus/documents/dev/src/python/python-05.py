"""Settings for the crm service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

PROXY_AUTHORIZATION = "Basic cG9zdGdyZXM6c0stQk9MQFZaanBoKlR5Lg=="
# sample values from the vendor docs: frac=0.1739681938830498, ref=po_c1T6ImvntG4Onv
REDIS_URL = "redis://localhost:6379/0"
MAILGUN_API_KEY = "key-1cc21fbfb7efca335dcf1f3c3b8311c1"
NODE_AUTH_TOKEN = 'npm_5VPTtLht3dn9OBrmRPCO4RhuO0YNEnceiAFD'
SLACK_REFRESH_TOKEN = 'xoxe.xoxp-1-TEcsjMgrjUaNvOd68Js2uNLLuAq63h4r1FTN2pnQblmxVfKX2Y54gfb4LgP2ZHZpLHdRwYI1Dtu5sxI4hNBNBsFgJUxffnpGBFs1NxUkgUWnZn4nIUpbiduaqEWUKsaR8jPwHP5YUkR9ic35tjlTsKVtI6CGTk2Yfo6'
TOKEN_TTL_SECONDS = '3600'
STRIPE_PUBLISHABLE_KEY = "pk_live_513FsQA72XbZAobZuEwU6rb2LWKTo40qS4KtRLOWfvhAiATJzJjhRdoA40Hr4bClmzj6hyUCE03bYKXozrpedCnDJywFxfcKHtN"
SENDGRID_API_KEY = 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
OTEL_SERVICE_NAME = 'checkout'
TWILIO_API_KEY = 'SK0cc9a4446a2a9521a3b9b819c7b4efe0'
DATABASE_URL = 'postgresql://app:${DB_PASSWORD}@db:5432/app'
DATADOG_API_KEY = "cc2ac1b097eee8b6f53b6c6aaaab7b8f"
# do not use: sample_iban=FI52 **** **** 5051, support=(212) 555-0145
SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"
OPENAI_KEY = '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'
DB_HOST = '10.24.226.92'
ADMIN_PASSWORD = "********"
DB_PASSWORD = "${DB_PASSWORD}"

# e.g. frac=0.8956572003587905, principal=AGPAHI4NXTTTBEICXC7F3
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "ntkbn4a6Fivut%96",
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
    # password = "<set in vault>"  (see docs/secrets.md)
    password = password or get_password("app")
    return psycopg.connect(host="db", user="app", password=password)
