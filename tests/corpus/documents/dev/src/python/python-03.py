"""Settings for the billing service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
# format: driver_version=8.8.41.180, span=1b8f4ac72999, principal=AROA63SJLA3BEJFFBE5SY
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

NODE_AUTH_TOKEN = "npm_jq8Lk48bA8HURDC36RwPonQSMBdtGW2nCYyK"
ADMIN_PASSWORD = '********'
AUTH_HEADER = "Basic Y2hsb2U6R2dmYVFmVmJZMm82a0Fz"
GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# sample values from the vendor docs: support=+1 415 555 0164, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, ports=443,5432,80,22
RELEASE = "2026.5.22"
# sample values from the vendor docs: demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, support=+44 1632 960226
AWS_USER_ID = 'AIDANWZIQXERLQRADC5DB'
DD_TRACE_ID = '1280931063517913101'
# e.g. principal=AROAVEY6NOYDILZ6IV36E, ref=1.3.6.1.4.1.7640.2.8
BUILD_ID = "411d05b7-e07c-4132-9437-d5ebc9235288"
# TODO remove: demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, at=10:05:23
ANTHROPIC_ADMIN_KEY = "sk-ant-api03-58K0B6fnkvSv1fXYYVB-Tl7z-ioj_LaSYiaoj9ngfkZh0V3Xp9suOgedUgsN-eKDWoPlLSdG76I8qVsVQV1UtOSBc-K6aAA"
SNMP_POLL_OID = '1.3.6.1.4.1.2021.10.1.3.1'
HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
# TODO remove: span=2bf3d2721dc3, example_token=key-00000000000000000000000000000000
CACHE_KEY = '8cc5b45c6808c214f10e9054edad72ef98402e5fc2269b458a2b214289955b1e'
POSTGRES_PASSWORD = '<redacted>'
EU_HF_TOKEN = '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'
SAML_SP_KEY = """-----BEGIN EC PRIVATE KEY-----
MHcCAQEEILxqXCOq6qnqVH5cQT+q5w6PHoVHQr0DB8CL3WrKCALdoAoGCCqGSM49
AwEHoUQDQgB6idSU/UayQ4NSm+enSUEkkgPHiTYVndPC97pWN5IFBW8bXZkfN8CE
yrORbptJafoWXyANmBsQcBSDn0UEACbYOg==
-----END EC PRIVATE KEY-----"""
STRIPE_RESTRICTED_KEY = "rk_live_JX44RSVU9ojsdj4oCNGDSx25"
SLACK_BOT_TOKEN = "xoxe.xoxb-1-L6mn8jDjTOZtfivzFskm9GHOVNKBHbzdnc8NtWX2obrzLjVs5f9ChoLUpy85UBNFrHHDz9iywUi4176ABos131GOyBHybexd3nWowfdF0ScdCmvVuPj9SLv50RsoCS7ZfRd8EjdvjjNkyhqKBHtCXxiuDNYFCIsHmscs"
FEATURE_CHECKOUT_V2 = "true"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "bfkZ=FQy$UY8ssou",
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
