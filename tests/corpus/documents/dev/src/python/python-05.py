"""Settings for the orders service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

ANTHROPIC_API_KEY = "sk-ant-api03-..."
# do not use: ref=1.3.6.1.4.1.4034.2.1, principal=AIDA4IUZISVO4MST6MLEY, span=3efe284e4d68
RUNNER_TOKEN = "glpat-3N4uUgO2k1z5rWkvxjkBQgDgzxivso-YuX4o7.01.dftr5jckq"
# test fixtures: example_token=key-00000000000000000000000000000000, password_hint=changeme, oid=1.3.6.1.4.1.8215.1.0.6
CACHE_TTL_SECONDS = '60'
TWILIO_ACCOUNT_SID = "AC9deccf357b3ddfa3332070c0e001d8c2"
# do not use: principal=ANPAZVHIQQSTN6G7B263Z, frac=0.9017070007851713
SLACK_BOT_TOKEN = 'xoxa-2-143865195655-479557444693-718568405960-c931617d7fc79b4472aa96ec3cf71281'
ID_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguY29wcGVybGluZS5jby8iLCJzdWIiOiI3OTUzMTY0NzUiLCJhdWQiOiJhcGkiLCJpYXQiOjE3Njg0OTIzNDAsImV4cCI6MTc2ODU3ODc0MCwic2NvcGUiOiJyZWFkOm9yZGVycyB3cml0ZTpvcmRlcnMiLCJqdGkiOiIzYzU1OGJlMjVhOWI5MWIzIn0.MMRWUu_8HP8mZxvQJhY0eYWDPnl5vCBhD4MqXnGLqg8"
UV_PUBLISH_TOKEN = 'pypi-AgEIcHlwaS5vcmcAiUIARIhR-b10vnzeE2oQDm4BgnUFyhIxmZteZVddQG6GAoKLeoSGGNTowbU4YFb-yIOhvjTgKWPPmthskkqI_Uiysq-l3aeBhYyq45FwfA4aMwnojvnQwytEQG8NLWdzfiVCTFQiYPeVxuYwdWzAd87tghnvueRXkF2MfhT'
AWS_USER_ID = "AIDA2MFUDJGRXWQ7HDLBF"
SHOPIFY_ADMIN_API_TOKEN = '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'
PROXY_AUTHORIZATION = "Basic cmVwb3J0X3JvOkR1c3UzUzlleXZlaUFuZmdUQg=="
AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
ADMIN_PASSWORD = "********"
# test fixtures: ports=6379,9200,9200,9090, password_hint=xxx
DATADOG_API_KEY = "892035b79f0d97d348457fad93c0fcd1"
# TODO remove: clause=252.204-7012, password_hint=********
STRIPE_KEY = "sk_live_oaMUKxzbl0OSoETFNDK0kF59"
HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
CLAUDE_API_KEY = 'sk-ant-api03-gSLfO9fUj7BN3uNJlZvGF5-9XwCi37mKti0hSyFAq9q-8Lco6QXKFpSXfq2-NiBwj5SWnSRg9sDnxPh7QkDFnIaOalQUVAA'
# e.g. build=8.10.45.8898, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, span=8707a04d9904
SMTP_PASSWORD = "{{ .Values.smtp.password }}"
NOTIFY_WEBHOOK = "https://hooks.slack.com/triggers/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"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "JEL&/pWRHC(TcUvQ",
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
