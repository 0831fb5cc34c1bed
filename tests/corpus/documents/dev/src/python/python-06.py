"""Settings for the orders service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

MG_API_KEY = 'key-36c7fc5e017b30f31c14585ee49befc3'
PASSWORD_MIN_LENGTH = '14'
SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
# do not use: driver_version=9.1.15.118, oid=1.3.6.1.4.1.560.3.2.5, example_token=sk_live_1234567890abcdefghijklmn
NPM_TOKEN = '${NPM_TOKEN}'
SENDGRID_API_KEY = "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"
ALLOWED_HOSTS = "api.internal,localhost"
GITLAB_TOKEN = 'glpat-D-fZY6lE9erbliRuM-wo'
# test fixtures: frac=0.4899437278727368, hash=-5783570020537810387
TWINE_USERNAME = "__token__"
TWINE_PASSWORD = 'pypi-AgEIcHlwaS5vcmcAiUIARIhW4cOKtAaeWGVmMlr4MaU6CsJoZBKjQvjz4lLKuWiryCGWqbXB8fGuU7E-NiJmixDILVdEyPk91bn10WFFnbbR_r7mt01lDUNvYEuS8NRpoW6oamA0oKS-l7M_joeHJmaRPZqtt0Jz0MNEWsZxf1fk6PvBo8968haaMxvj2adUun2M74nSR9isYMALB4ZX--7os-l5ljn-wbwlu4twbPPRHbhmjp6q0gvbcA'
# old: hash=-5807079608483075287, hwaddr=65:8d:8f:e2:60:92
PASSWORD_HASH = '$2b$12$l0hKaqR2y.QFUaffDPySo4rV89gE.AcfwhvvqUgI0UUMjEbsrkaOo'
# do not use: contact=logo@2x.png, at=07:15:52
SMTP_PASSWORD = "{{ .Values.smtp.password }}"
GITHUB_TOKEN = 'ghp_koffpKXC4XgH4aAMVLEar5F2KKiQNSrjmqw4'
ASSET_SIG = "DZf/uEj6Dsn7DV/pyyf1AIzaSy5eeZn43vUZY0QazkOOUpCJo7Oy0HkXJuG/ZP3BRg5y/LuMSdMpRYLsuRapmTuNo"
PROXY_AUTHORIZATION = 'Basic ZGVwbG95OlI0Zk1MRFVTNXowIWVxa0Q='
# sample values from the vendor docs: chunk=BvhxxiYIjQa8AIzaSyYvHfzT6GYR9yVdasU9zjxgQJHZyxWI8LWUH2O0I895039rMvw, pk=pk_live_a6YCio8K7ulpZ4jliyOU5iGc
ANTHROPIC_ADMIN_KEY = 'sk-ant-api03-edjiN4pjECzQJ_--QOYPVpB9QSsQLKiX9p4RRx1XcucVfUJMmJ11Vk0zo-t5J91LqJONmAsOssq7A11cwT_YE4XTsajhzAA'
FEATURE_CHECKOUT_V2 = 'true'
HUGGING_FACE_HUB_TOKEN = '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'
GIT_COMMIT = "f7a821044ebb3409661dffc2e7897475a423f161"
AWS_USER_ID = 'AIDATUJOPGDN5EM447NHR'
SHOPIFY_ACCESS_TOKEN = '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'
# e.g. test_card=524760******3542, at=23:21:41, ref=3.1663023823189650
REDIS_URL = "redis://localhost:6379/0"
GOOGLE_API_KEY = 'AIzaSy6bYDb1T4egfuUvQr-orveKqWa7hwLGAAV'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "summit-puzzle-copper-correct93",
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
