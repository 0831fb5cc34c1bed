"""Settings for the crm service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

# do not use: hwaddr=89:ec:49:3c:7e:6f, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, frac=0.2504486269609271
DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

# e.g. created=2022-10-18, build=23.2.21.2117, oid=1.3.6.1.4.1.4330.0.5.0
SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
EMAIL_PROVIDER_KEY = "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"
TWILIO_ACCOUNT_SID = "ACee3de6d0cc22098707c98bded24a4c0e"
TWILIO_AUTH_TOKEN = '863611656255e613217462d4b7fb35d1'
DB_USER = 'payments'
APP_VERSION = "16.11.69"
DB_PASSWORD = '${DB_PASSWORD}'
GITLAB_TRIGGER_TOKEN = "glptt-777531845571d3c39058ede2c5c4a7c8810b2a70"
# TODO remove: hwaddr=22:c8:af:d0:7a:99, hash=-5068337217596371926
NODE_AUTH_TOKEN = 'npm_BAs7RfVYgLLFzEdF4AKVeRQVUTvDXSED1U4H'
SLACK_TOKEN = "xoxe.xoxp-1-c9SaHnFNheT0UJjayEnoRDIzpas63pVtmAsngtzKQtbefmYp94OpPIGxlYqWGXGMGonmDQv1VsB7qqzCC9jm31UodAnWSKAes9zpv8w1yYehHlLcxeRnay7RMiRpSqaAEz2WGeu96APGqBoox5mdvWIM6BLZ2oHFRoB"
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
ID_TOKEN = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IldISmFPbjhiZXJVRWZpRk9kQXpCU3RQOHlreCIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgub2FraG9sbG93Lm9yZy8iLCJzdWIiOiI5MjEwNTE5NjkiLCJhdWQiOiJodHRwczovL2FwaS5xdWFydHpzb2Z0LmZyIiwiaWF0IjoxNzM0MjY2MDQ0LCJleHAiOjE3MzQyNjYzNDQsInNjb3BlIjoicGF5bWVudHM6cmVhZCIsImp0aSI6Ijg5YzQ3MWMyMDE4MDUwMjYifQ.NJ_jrstflyNj-u9gkAXi_l4-z410skPG6sjEi0D9OBFS6ifpjMfkHUCjnQ3Evvg7JPPXDIh_r6f-FyrVSldoQsVc5FZqHCejjhMCERBwD5Cna_qfPCdXmwDi6FWONMYB46v0kP0oMeTLIAaCAjtQzXNhf7MdaG1dCo_LlGoWPnhDZKzpfZ59LZxTPFbpiD9jH5820IY49kFp8BgKfJqECJL84Z76h686D5OW-e-ggzZgsojk7Z0O7iLWxM_1F5hoPsxptZWg9ihMnfv27V-sts77UYtOIDXk9x7vBAy9cnz-Xsd8mYAYcvunzXCSTHpQFOuHSNQse_Ap-IhHYI0Ugg'
BUILD_ID = '25cc5916-4ce3-48e6-89bd-6e833bed5178'
API_KEY = "REPLACE_ME"
ANTHROPIC_API_KEY = "sk-ant-api03-zOen2pgW1tpMd9K_CkwZdQqNsAyeXme0UFrvBEyO5rMfeG1dwA2_I_mOtdhl5jryyM7FnjCvwTxXDQH1CDq3Qcv-_EzjBAA"
AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=meridianinvoices;AccountKey=mbeQGHsN/MstL2gSm3L9I/W/uJsT9MLaIx6HPSlTSPMaivHcOz4azf+txS4DFw49b++zSuGXBnM3RYNbtbk02Q==;EndpointSuffix=core.windows.net"
PORTS = '80,443,8080,8443,9090'
HF_TOKEN = "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"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "Svc_XZCnNbrMma%",
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
