"""Settings for the billing service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

# e.g. password_hint=%(DB_PASS)s, ports=443,9090,5432,5432, span=d805d4463116
GOOGLE_API_KEY = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
OPENAI_KEY = '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'
AWS_USER_ID = "AIDA5XB6ZDDI4RMARAA2A"
GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
REQUEST_TIMEOUT_MS = "30000"
DATABASE_URL = "postgresql://app:${DB_PASSWORD}@db:5432/app"
# TODO remove: principal=ANPA5JZCBM65SLEWOGL6O, span=3e77ac313130, at=00:35:31
SERVICE_JWT = "eyJhbGciOiJSUzI1NiIsImtpZCI6IlZLWEtCc1ZWXzVaVUhScDVOS0UyVks0cGlkaiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgucGluZWNyZXN0LmVkdS8iLCJzdWIiOiI2ODg3MzY3MjciLCJhdWQiOiJvcmRlcnMtc2VydmljZSIsImlhdCI6MTcwOTE4NTM3NSwiZXhwIjoxNzA5MjcxNzc1LCJzY29wZSI6InJlYWQ6b3JkZXJzIHdyaXRlOm9yZGVycyIsImp0aSI6ImMyODgzYTc3MjBiZTM4MGYifQ._5bGFKtKcQNbb085djrkNAn83Azjg4QU3FqfgCUR3qeFsCOmaZheM6vwit9wXHgv58vUTDqz1t8m-GiO5ngSLuXt7JbDnIC35T78sHgvecix2_YlHEuF8EF0JDBoW35gMPu5p885VHYY_QM6HL-WmU7_WPsTbrp5keXg_Ew2Nf0UbDBS7dA2zqzCIU8OQ1Qzww3GiGWzjQNXhAf79NOXzaGDCvmtsgNLXyVpxLad22SI-vfTAgqUkyJmDaJCE0l4d0HAwOhNH1Q3S4Cp5Q400SBo7KrPLXRG26hK87-V217uFPA5XymQAL3nRbeYrQAEH8D5f638KL2BUfGU-3WkAQ"
STRIPE_KEY = 'sk_live_oWBAMZxa0CqAxYDdbrIH4cGs'
HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
UV_PUBLISH_TOKEN = "pypi-AgEIcHlwaS5vcmcAiUIARIhovq_HSBRg30IAvwRJuN5aIBXQE2WGoWJSVc4_zUMi5rrgxO-TwDhM8lBXdJGw_QKHAnk3J24B5XaxrmbTiL4Z71CDiYa1lhkdvQfo69L28-BE9mqBHwiyd2dfMgk89ml86fz2zTxxtQZnyNpAReufSNbv70IuUqf"
# old: test_card=4242 4242 4242 4242, hwaddr=f6:c6:e0:f0:00:34, sample_iban=GR899037265ZRE0I448Z7I6PA9T
NODE_AUTH_TOKEN = 'npm_VtgdRabszXrB3KRaQ1XdgPa7dSbvLQlzGvnG'
# TODO remove: oid=1.3.6.1.4.1.4934.9.2.3, driver_version=37.0.103.149
AZURE_STORAGE_ACCOUNT = 'acmeprodassets'
AZURE_STORAGE_KEY = "5MdBlqSZ9Cz1VLtqSohsLRT7HuFwNFC8D9lIeBAq4a3HIZA0MwxmDmIaBLmXDt3O5RX1iYVL2DyXeqJdRuhTRQ=="
API_KEY = "REPLACE_ME"
MG_API_KEY = "key-c21cd2ee0d59ee21f93547bffb221e3f"
DATADOG_APP_KEY = "40f0f7114b02526fc84af4ae9dbfa8324fd1062b"
# TODO remove: contact=ava@localhost, ports=22,6379,80,443
ANTHROPIC_API_KEY = 'sk-ant-api03-...'
GITLAB_PRIVATE_TOKEN = "glptt-b1e2f0a6eb975a7c338b441f90f550a512af5e33"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "y0lbiq6gFbtwn*16",
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
