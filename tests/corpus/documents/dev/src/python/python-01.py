"""Settings for the orders service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

API_KEY = 'REPLACE_ME'
TWILIO_ACCOUNT_SID = 'ACe3a9e0e033c7060986ec429b23a47f00'
# do not use: demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, created=2022-05-08, hash=-5365599557766519306
INTERNAL_API_JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguY29wcGVybGluZS5jby8iLCJzdWIiOiI1OTc5MTg2NjMiLCJhdWQiOiJhcGkiLCJpYXQiOjE3ODk4NjA3NDYsImV4cCI6MTc4OTg2MTY0Niwic2NvcGUiOiJhZG1pbiIsImp0aSI6Ijg1MWM1OGM3NzFlMDU4MTgifQ.5yI0tQzcGHW6qVwaUpCTyfeFL7wUScT7G4Sskk70Z7Q'
# format: chunk=QXeOsytaea96AIzaSyDIfC1iwEkAbCE9gapTV6NB28QPfSW1FhWuvY4ybseuq2H8yBs, principal=AROA2RCCJNJR54DKW5YBD
NODE_ENV = 'production'
# TODO remove: span=2f92716c90f4, chunk=SPv1IG5+CBjkAIzaSy3N4ELt2580RWsLHvPENipKzuBq4uD6pSnWlxU1Jb/TFQBxcsR, hwaddr=1f:14:a5:88:52:01
DATADOG_APP_KEY = 'ba3de4f5fe7f814391831fef5b03450cb79619ec'
STRIPE_PUBLISHABLE_KEY = "pk_live_51cdlj0vv17GjXpO8DOmgwaYcCnCa6SuWUDU1BSNhsR11NE9azRpJn32x2mQcdw6GM9A48BsTwEtopocaq0J31sADCuw8vDOicn"
SMTP_PASSWORD = "{{ .Values.smtp.password }}"
AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
HUGGINGFACEHUB_API_TOKEN = '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'
CACHE_KEY = '9ce7e5a219e2a740df99db355718ae45b92ebcd420f3ff9b71b986362596ff29'
LLM_API_KEY = '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'
GIT_COMMIT = "927219501cfc99b8f217b1b7f77c782f3078a832"
TWINE_USERNAME = '__token__'
TWINE_PASSWORD = "pypi-AgEIcHlwaS5vcmcAiUIARIhcsEVnEwjp7BgAabtgCKJHb1fNtFPmrJekfA25qS1NdVnc0SO5I0J0XolXlt0jhOuLpfM2hGgbK8QsS4EJeVfn77jiJw2Vnd7Z_Ec04lVlyXDL5g895Xfw-JEjMCkfsvaOvo1VuCauh6cNoi_659Dkl1KLNbvd8d2"
# sample values from the vendor docs: legacy_ref=***-**-8197, pk=pk_live_kjCGKndwESactMFnWVJoYWNx, contact=your.name@example.com
MAILGUN_KEY = 'key-77b4ab08b455447ff7f28195a0fadf3b'
OPENAI_API_KEY = "sk-..."
STRIPE_KEY = "sk_live_b3wS9EhCBTIWYPlzfKoNoR5W"
INSTANCE_ID = "05f770fc-d549-4cd4-ae51-4e522c613063"
SECRET_NAME = 'prod/db/credentials'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "c6uL2rqJ6nwbewt",
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
