"""Settings for the orders service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

OPENAI_KEY = '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'
STRIPE_SECRET_KEY = 'sk_live_o79tMLvCsOAEJDqxWd2s2O6h'
ASSET_SIG = 'SMVMf8r+Lk4URpz2XhpGAIzaSy3dVQg2ez0jcxW2q5OEqRvgMpiF6kkkBLyi9GOyRAsWn1Y3eEFYQdQpe3ugWAbZX'
GOOGLE_API_KEY = 'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'
MAILGUN_KEY = 'key-3571db71d4521f797a05f07c835eeb5c'
PASSWORD_RESET_URL = "https://accounts.brightlane.io/reset"
GIT_AUTH_TOKEN = "ghr_nCH65c3qiCbPN9Jf9EYewa5foxAuxyCfr1FN"
GITLAB_TRIGGER_TOKEN = "glptt-a69883522151e707e2208080d426c6d9e7a8114d"
UV_PUBLISH_TOKEN = 'pypi-AgEIcHlwaS5vcmcAiUIARIhj7QYxu-PT6EtTJJFs77Ja3K85YSOQ0VpxqocqbafBfvyCv87IJuSpMJC6O4mYoOiYG5FlAwpmIU1-9gBg8OPdhpYXUr2MQz42aSvR1hGialStqeF0AWgQID-dVIo8c1APA509v7kx0fwExkT0lvZqSTvZpXl81I1Oaa1jgtRky_7bUvdXMr6CtD-cY53a-89UCYePMM7'
S3_BUCKET = "acme-prod-assets"
SENDGRID_API_KEY = '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'
DD_SITE = 'datadoghq.eu'
PARTNER_JWT = "eyJhbGciOiJFUzI1NiIsImtpZCI6IjJDbGV2NHlUZUs4T0VQbVFaS29sR0tFVTZubiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzdG9uZS1sZWdhbC5jb20vIiwic3ViIjoiMzU1OTkyNzQxIiwiYXVkIjoiaHR0cHM6Ly9hcGkuYmx1ZXBlYWstZW5lcmd5LmNvbSIsImlhdCI6MTcxMzA5MjI4OCwiZXhwIjoxNzEzMDkzMTg4LCJzY29wZSI6InJlYWQ6b3JkZXJzIHdyaXRlOm9yZGVycyIsImp0aSI6IjhmNzRlMWY2OTk4NjU3YTkifQ.h5Eqq1HiHn6SGL78_c1U_myx9yl1Z9Ce9VQkSWt2Beue-kvTqosCvZuGI5m6YauvzuXqLh94SNqMUSTcwvhDUw"
SLACK_CONFIG_TOKEN = 'xoxe-1-fyVfc2tcPbznvJ1su8eaOC02L5SQBIjl1KHTiEVqOIWcwenyWRderkBnogNW2Ovqp29LgOsEwDlkzWdz89umkG8RFQKz3aMLW07ts7FpOaYpT29tV6jhTpwpEYxBjcd9wsAYyCMPIN15scR2Av'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "Pr0d_G2bC3MqwdG%",
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
