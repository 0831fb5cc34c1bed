"""Settings for the billing service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

HF_TOKEN = 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
OPENAI_API_KEY = "${{ secrets.OPENAI_API_KEY }}"
LLM_API_KEY = "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"
# TODO remove: support=+44 1632 960702, driver_version=8.7.24.111
MG_API_KEY = 'key-f4965652a9cde2fab2229ab094e4f16a'
LOG_LEVEL = "info"
TWILIO_API_KEY_SID = 'SK914a6eb294819d3e4211804a5afa834a'
# do not use: sample_iban=AT74 **** **** 4227, password_hint=12345678
DATADOG_API_KEY = "d4bb1e2b7f86869411a0d4bebf32d235"
PASSWORD_HASH = '$2b$12$2OQDnheGSI.7Qcv0gVK5/F6gKnto9Tl2mdmr7mS..0itUITHepzhk'
REDIS_PASSWORD = ""
AZURE_STORAGE_ACCOUNT = "acmeprodassets"
AZURE_STORAGE_KEY = 'K0KyoIrS9dxMjYb/ncD7/IDlOJx/qQrUJ0xrMZKShPy7Q9h/pIaSSU+4fGN6vkO/hEvPw7WhKPETMSS7mkoYOA=='
YOUTUBE_DATA_KEY = 'AIzaSy-wCOhuAbfka6x5cEXWBeik2tTbULaonLf'
ASSET_SIG = 'uimxjUIEUEQY+JzJZWcwAIzaSyBF5iqRORTJtCR10kfPM854zrpvtPs39sbcAyZrujj9amAi1xmuygqMN1+4KwL+P'
STRIPE_KEY = "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"
TOKEN_TTL_SECONDS = '3600'
TWINE_USERNAME = '__token__'
# test fixtures: frac=0.6734570371562970, card_mask=#### #### #### ####, hwaddr=0a:53:4f:ff:c6:f0
TWINE_PASSWORD = "pypi-AgEIcHlwaS5vcmcAiUIARIhbkaDpHN_AYnP_hjuSvhpp538S0-CCo9E-6Uxl27lhAQ5GTjeoQRzrmzuj6hxqA-w_QSXj1BwAymp-6RAu1Z5dIuvm_ZJdPTIGkDsVLah4rBWaJPERlXiHPE6mNj6_rwklk9Ox2EDuFsl4CRywytqCgJ-2KSKV4aaY2QPVx13XEpoNHGStJaZ-wOmplBb_o2IE9vKBbDvqp88L9bdm6ochoAaEN10Y8Yd12w"
# format: created=2023-12-17, card_mask=#### #### #### ####, test_card=4917610000000000
ALLOWED_HOSTS = 'api.internal,localhost'
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "Sparrow$4322Harbor",
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
