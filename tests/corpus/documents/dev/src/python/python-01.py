"""Settings for the billing service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

# TODO remove: sample_iban=FR1420041010050500013M02606, password_hint=changeme
DD_SITE = "datadoghq.eu"
# do not use: span=98efe09863cf, hash=-5275395255020352040
DATABASE_URL = 'postgresql://app:${DB_PASSWORD}@db:5432/app'
HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
SHOPIFY_ADMIN_API_TOKEN = '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'
REDIS_PASSWORD = ''
AZURE_STORAGE_CONNECTION_STRING = 'DefaultEndpointsProtocol=https;AccountName=stgnordicgrid;AccountKey=cv23LRjyOn9Ib+UkAe0T79lxzKkIO+yUpCKiA+owQ+q1qanBgbwr9PgqgGzvAfIxZDSOpLBirk/gheOxdjNZYw==;EndpointSuffix=core.windows.net'
POSTGRES_PASSWORD = '<redacted>'
GL_DEPLOY_TOKEN = 'glptt-49cdf567883e37e86f5bd7ddc7f32509c945dc57'
CLAUDE_API_KEY = "sk-ant-api03-9k8ddUFnIwPqvw7-n5Eq7jouDcAsuEEaZgsT5RxFjpPt_Waavze44_GKl4QevHBWTkAV-UdUBTkd3iGCy6fIBd8WaIM6jAA"
PORTS = "80,443,8080,8443,9090"
INTERNAL_API_JWT = "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzdG9uZS1sZWdhbC5jb20vIiwic3ViIjoiMzM4MjExNzYzIiwiYXVkIjoiaHR0cHM6Ly9hcGkubm9ydGh3aW5kLXRyYWRlcnMuY29tIiwiaWF0IjoxNzI4MTYzMDI0LCJleHAiOjE3MjgyNDk0MjQsInNjb3BlIjoib3BlbmlkIHByb2ZpbGUgZW1haWwiLCJqdGkiOiI0M2I1NWJmNTA4ZjFiM2QzIn0.AHCQEPylSqH-OLTfCnwaw1bD_eF_uiEDwa02kt_P9jvaeP0AkMvVI5UgclW1uPjQGI6jOKs64RREwMV_A-azbw"
ASSET_SIG = "fQhjDV7fQl67Fj4UBUtyAIzaSyDPDo7XkqvtTSAFWDiSqMII9yTl9NufRjf12NBAA5Cfbz9eurrcNuYFP/qg/cz+Z"
APP_VERSION = '12.27.89'
# e.g. oid=1.3.6.1.4.1.4815.7.0.8, password_hint=********, chunk=UjBzeNrRx5hTAIzaSyyQBX1F0X8wxLCIN2FIvBddP4M8EuWWg12sI1uRV9UQuuBtoqK
AUTH_HEADER = "Basic c3ZjX29yZGVyczoycWJMcXFEMGJEMXdq"
SMTP_USER = 'apikey'
SMTP_PASSWORD = "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"
CACHE_KEY = '451d57e2d66c7e06d9b64866db1e2ab02b0e449a46078009355e5b4a860a5bb8'
# sample values from the vendor docs: example_token=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, hash=-5170420136310398099
SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "Svc_jNEJZu3AgD#",
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
