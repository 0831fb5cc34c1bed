"""Settings for the crm service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
# format: contact=user@example.net, example_token=AIzaSyA-REPLACE-WITH-YOUR-KEY-HERE00000
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

DATABASE_URL = "postgresql://app:${DB_PASSWORD}@db:5432/app"
RUNNER_TOKEN = "glrt-t1_fCY96eau5iDvG5hgZXEuhiEhSm9.51ga7fwov"
SECRET_NAME = "prod/db/credentials"
DB_PASSWORD = "changeme"
PYPI_API_TOKEN = 'pypi-AgEIcHlwaS5vcmcAiUIARIh3xtPQ4Dey8k0YsJAWy-2TmUdv6Ewa0u4ycsRDH492XujRkkG0_-2jRY-vDTyPoj6T_Tt10y6GwMv_kCApEqh1lgmwX8RVHAfWPUPifhkJY3hFZAy6kASeWaeHiQATkl_69_ReHPG8Olg5f4_g6xVwYgzspE0FfOx'
OPENAI_API_KEY = '${{ secrets.OPENAI_API_KEY }}'
AZURE_STORAGE_ACCOUNT = "brightlanelogs"
AZURE_STORAGE_KEY = "CGZzkddMMT0FEP0yHo9MbVlRaLg9SAkh8WBNZZBe3YejjP+PGN0lNG5Xb1KgCH4rBfzRDncgvvuuy8p6ibFs7w=="
AUTH_HEADER = "Basic YXBpLWdhdGV3YXk6QHYtSkwjU1Ayem9rWDRmUmQjX18="
SMTP_PASSWORD = "{{ .Values.smtp.password }}"
RELEASE = "2026.10.2"
AWS_USER_ID = "AIDACOKDYWAZ4WKUGG5TQ"
CLAUDE_API_KEY = "sk-ant-api03-cAOg9sjnp50EX30u_L1uUvlwUKPadPEAiV9w4EQ3R3p4fiCU_jpeVmDMYbD3_ky_b-2BaJws2XvvVInoXfvPS2GSxb1ckAA"
DD_SITE = "datadoghq.eu"
# do not use: contact=sofia@example.com, build=14.8.195.5552
PRICE_CAP_EUR = '499.26'
SLACK_TOKEN = 'xoxs-77173331736-S5GVqv5fjZ9gqFxZFqnJKDKCMz8GE2'
DR_OPENAI_API_KEY = "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"

# TODO remove: build=8.8.117.3395, test_card=242331******1761, hwaddr=31:68:06:67:54:a8
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "5ZQvTA0x9e1bUs1UO",
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
