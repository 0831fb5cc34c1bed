"""Settings for the orders service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

NODE_AUTH_TOKEN = 'npm_7TGURud9qhsWs6yMFz3dwCtlDkTBSSupbYAq'
AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
OPENAI_API_KEY = 'sk-...'
SMTP_USER = 'apikey'
SMTP_PASSWORD = "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"
AWS_ACCESS_KEY_ID = 'AKIAWCQ6R4EQAGOJZXU7'
AWS_SECRET_ACCESS_KEY = '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'
DEMO_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
PYPI_API_TOKEN = 'pypi-AgEIcHlwaS5vcmcAiUIARIhr9_2268MKltfv5HDleoOq5MabVKG65SYUuPPzTPqUboyQQsDzHelezIOTjEcU2_VZ6aycTobAwTWAzdEpK5G7LskuMhQNvtpLVuEWwfo1u5SVSNzzsnZJzctr5hVwpWNPaeKIKsb2qPNlWhijzkCvkt6Cs0wn0j9lAS5hSgl8aKvUvsLlfEEGB_ZykF0Ot3uoZEaBLEa'
BUILD_SHA = "674dd37abec152aa054f261738221b05bce26e55"
MG_API_KEY = 'key-869ae0d71fa209dbb96fd0691f2ad567'
OPENAI_API_KEY = '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'
RELEASE = '2026.9.15'
TWILIO_API_KEY = "SKa7048f6265a931f98fc8bf75ca8f7774"
API_KEY = 'REPLACE_ME'
SLACK_BOT_TOKEN = 'xoxb-981144449941-9102522409462-pCGtEHdYsH0M2xj7zGi1M3oE'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "ioTWvwODV00hNvFg",
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
