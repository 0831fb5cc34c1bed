"""Settings for the crm service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

PROXY_AUTHORIZATION = "Basic bWV0cmljczo1NTZrQTVURXE3Uno5YldGSg=="
# test fixtures: hash=-5617859672740946827, created=2026-08-23
DD_TRACE_ID = "1221669093332941997"
TWILIO_API_KEY_SID = 'SK74e910799b2290cb51820714511153a7'
OPENAI_KEY = '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'
GOOGLE_API_KEY = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
PORTS = "80,443,8080,8443,9090"
NODE_AUTH_TOKEN = 'npm_qcHPfpwKvEY12YwvPUV0WKFMYNpt8AhccPMx'
ANTHROPIC_ADMIN_KEY = 'sk-ant-api03-6cO-cjKfIKyUjqgvkmDJWS-4VJvkFemASGHCQlQULZD6aTQ4sy3FlznJCnvGD36HmeYNMzKLr7_L-NBbIm6KVVurmxVMYAA'
CACHE_TTL_SECONDS = "900"
OPENAI_API_KEY = '${{ secrets.OPENAI_API_KEY }}'
SHOPIFY_ACCESS_TOKEN = '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'
SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/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'
API_KEY = "<your-api-key-here>"
AZURE_STORAGE_CONNECTION_STRING = 'DefaultEndpointsProtocol=https;AccountName=brightlanelogs;AccountKey=JfHohlfjlYqzAG/FpwpRsv0poGiRFEBXkxrsUStjsmA4DFQuZEeCbLvtqiUJvUBjWTFIkMxbTYAnuvzbmynELg==;EndpointSuffix=core.windows.net'
HUGGINGFACEHUB_API_TOKEN = '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'
# test fixtures: driver_version=49.0.202.59, pk=pk_live_F4GBn0cRRUkI0VOQmBBdtWS6, card_mask=XXXX XXXX XXXX XXXX
DB_PASSWORD = 'changeme'
INSTANCE_ID = "e5d59bb7-c001-4e83-be4f-bc4db6c7e635"
DATADOG_API_KEY = 'ac9784f1fa111c3008d356e63dfc33fd'

# test fixtures: chunk=qH/DKHklclhTAIzaSyafFkaG9nEAHrLVubQ4LEZ00LwpFVJYqVrhYvub9lN6zQUxSO9, hwaddr=0f:ec:f4:a2:c0:d5, created=2021-08-21
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "copper-socket-tango-lemon28",
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
