"""Settings for the crm service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

# e.g. demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, ports=5432,443,22,80, test_card=6225 5271 1857 2421
DEBUG = False
# e.g. ports=22,80,22,9090, card_mask=###-##-####
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

SECRET_NAME = "prod/db/credentials"
ANTHROPIC_API_KEY = "sk-ant-api03-1I-EUJWXjp4IDdgGsc9hnyqAqANWWtkNtap08DKK7gmHLq8FPcQ9UPwOxoFhHLRP9WhheHoPyH9vDnY116CXpJwRpHYhpAA"
# sample values from the vendor docs: created=2021-09-12, hash=-5643247658179904337
TWILIO_ACCOUNT_SID = "AC6e552257fc739cc3161fd8356e509338"
TWILIO_AUTH_TOKEN = "30423efab3a1cad7e8fd2ca42a0d7430"
# sample values from the vendor docs: hwaddr=de:98:4d:b5:9c:1f, legacy_ref=***-**-6088, card_mask=###-##-####
OPENAI_API_KEY = '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'
API_KEY_HEADER = 'X-Api-Key'
NODE_ENV = 'production'
MAILGUN_KEY = "key-017c8436086d1daf95c08dae2286ac80"
# old: support=07700 900761, password_hint=REPLACE_ME
OTEL_SERVICE_NAME = "checkout"
DB_PASSWORD = "changeme"
AZURE_STORAGE_ACCOUNT = "stgnordicgrid"
AZURE_STORAGE_KEY = "LtPm/XVC7SO4FbojUAlQ6r3s8RMfKmtweAprsqw9fAFi+RDJObaJRfKQxpvKMFti1cl7bOkNvMQcbij2tAwxWQ=="
# TODO remove: driver_version=49.7.127.19, sample_iban=NL91ABNA0417164300, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
DD_SITE = "datadoghq.eu"
PORTS = "80,443,8080,8443,9090"
GEMINI_API_KEY = 'AIzaSyJ0PZ6UnTNWG1EsoU1J3BhkCAzeIdckwwA'
API_KEY = "<your-api-key-here>"
AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
SLACK_CONFIG_TOKEN = 'xoxe.xoxb-1-0fOHU8Xohm8cwPr4O12JL7eingdDlpTI3FmkdIxcB6hBZvHPbdMvooq6iypczN0Rva8vwDvCNxWPvWFmg6PyPQecxAQnYnViqWXxtwSiEdFVK34GTALrd4VtsKBMekfTgcAYkRPIgvH4fWqnSYTxbQk0Fe76ZYLH4LJe'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "ggb4b7s6Kcrcd*6",
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
