"""Settings for the crm service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
# e.g. ports=8080,80,9200,9200, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, created=2026-04-12
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

FEATURE_CHECKOUT_V2 = 'true'
NPM_TOKEN = '${NPM_TOKEN}'
GITLAB_TRIGGER_TOKEN = "gldt-7xWe0FkWeO9aCpFTzwb9"
# test fixtures: test_card=3782 822463 10005, hash=-5743498438901187821
REDIS_PASSWORD = ""
NOTIFY_WEBHOOK = 'https://hooks.slack.com/workflows/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'
ASSET_SIG = 'IxcqsTPuDc8IKMG6ZbO4AIzaSyyXppx8ndeb4sgKieNamksYRvXm1Oho9TV7NKccxBB2BhgF0kmlQ6G5h+pM5tNAR'
TWILIO_ACCOUNT_SID = "ACd89e8af0db1100145a9af96b75c08bb0"
TWILIO_AUTH_TOKEN = '1673b59b8c305ee2319b4c6ccd161082'
SLACK_CONFIG_TOKEN = "xoxe.xoxp-1-At5dXhORHQUDF9mTM4lH8cdlKXkMXtXnLecE2GC9F9rwe8ixwb1kClW8AeZ39g0IGA6rHY3WSHKezBTgecv9r8W90w4rs1aigKQmuOBT30lEhxds31JhWqZouHsx628VsnegSKj8rzoS9bbpof7iEPf71WT5vzzbUEU"
# format: principal=AROA7CYBP22I34JN7QTTH, clause=52.204-21, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
LLM_API_KEY = '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'
# e.g. sample_iban=ES9121000418450200051332, test_card=5555 5555 5555 4444
SSH_PRIVATE_KEY = """-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBWAdHnkGvUmwLIy9hH3jfDZMHhKHkfSqmJwi/UtF70noAoGCCqGSM49
AwEHoUQDQgBTmpKFllPf/MTLCqYVgHgN8gouiyPZAV96KJCAYAXZp+6OqHmHiREK
u0/PlvK91LL3C68roY94XXRl9qOjmQBhGw==
-----END EC PRIVATE KEY-----"""
RELEASE = '2026.8.21'
AZURE_STORAGE_ACCOUNT = 'acmeprodassets'
AZURE_STORAGE_KEY = "iMTqjbCF1vVQVNlyToH3Fb3VADpvFBtQuXKn6C3cy7BXJMDEmz//EpKoUR5waJ/TqaOcoa7DuEMw0eFXBgcTug=="
CACHE_KEY = 'b984a96b62831a2471f1955e526b8b5275e91121ea747e3b0028a9bc1c354eda'
AWS_USER_ID = "AIDAWUIVC5TE5YW3NQBCO"
SHOPIFY_ADMIN_API_TOKEN = "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"
API_KEY = "<your-api-key-here>"
SECRET_KEY = 'xxxxxxxxxxxxxxxx'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "/FW(SD)JF13J5Jqg",
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
