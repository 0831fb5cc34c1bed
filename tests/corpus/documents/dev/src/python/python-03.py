"""Settings for the crm service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

SNMP_POLL_OID = '1.3.6.1.4.1.2021.10.1.3.1'
DD_API_KEY = '19d4fd6f9be14f93742b39ef4ddbf837'
DEMO_JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
EXPORT_SAS_URL = 'https://acmeprodassets.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=t4TFzOo9KoPSlPI22AAioE%2FS%2ByHq2V7PvTzXEFjMz84%3D'
SLACK_APP_TOKEN = "xoxe-1-qWTk3ccoiTVddtyKQgDe4CVeISlPdnEfDRO3YR9NxcdHphq71o3LN6eLnPAoo8aYZIpLBK3zdA6Sah9X2K1zlvNkFeSAICCn9bQG9clEINNdL0QFCTENo3s4jaQDLePPNJSjza7E4DIWDcZx2M"
GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
LLM_API_KEY = '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'
YOUTUBE_DATA_KEY = "AIzaSyREn7xArVddb13iPpmmx5XIpHbHNsOWoFs"
JWT_PRIVATE_KEY = """-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: exported 2024

lQfGFVGu7aGkT5Mv/tZJQ1DD9homptGlGnLiOwQu6c35bREGJ03QhMJcIaWHwfyJ
YRwPxrBs2OLcELLyCiQst0xbeVnghLQ/S1oejWb9gzC5A027b38JXOVnsDbK7BCT
e/4NBbVM52WQkJB9qwicQLzNaKMO4ac6pHNFVW72oaCYfHJwWzkViUxYW30S3DjC
N50GU4nu2OsmwVLOS6Z1woOLEgeyJ6l7DIfy3sA/eR6UKFewO1zOtEh5iMJ6/3ZA
WpX61Mrb2mVbyc2S39DmLkq2s3BvgQZy8jOTIMyA36huPJPq2CSNPi7ovKl845HW
Oi9s8pukT9QjjhtE0KkAUYXd8vnEc31DNMC1Nb0wYTcch6sJFhOj7ga3l1IE9sfz
P1vi9Y3QiWWOlNICILM29AB8MwntsUNnCF/POSyNDYNbzpm3kBh7DfzLLS9oEpty
/SP1v7ibE/TC2iMehz0pU0jzGorx3Ds+Gs3/rcUuAxcOPW/vs0rhlwZzN0WDW7W5
NNkKBI/+qsJaXCkm6C8GUaz2jYKpoZwdv5QhGaU432DMOHuc2KaBW9W0pTN19Sr5
C5LBZndAqDWyAMl4XZp60lIXr7wHEMo75K0zf3gZ1nXAA9v6I/uYO7R3hJfljK/J
yjDtFZ+OCL3DT8VfD0Ef1AgPqd1Ac778+hPPjAQ9OB3hrZavo+7eUECoi8KjNhqy
02V9JvZuJDx97uE72+9p3gTCySojCJ2Cdgh9wpGNsdXp3iJIpEHEC+yPbTtsHhRm
X2goXV3vYx83IxZwQ2Il0Uu7ePO6O1reH09bHiRpOJ/wb3qsUBB+ixQ6dQDMBEq0
PPDIkceCkSHZip/OT3YawC0FEIIKXgUjajSf467LX5cjY/rvYJAF4v5ePs+NdLJD
xurIxItA/TgRUuon6YzH5B1Ao50NxL74OyTz1wyIf6+n/hcq1UpXaELFXORWahwn
o44TAhEQcA+Qp2v6nzwnV5sA4uhVjjTGAeOr9JD9KDHkyyAGggI7UM1zYX+zHWht
XQqPy5RqFj54Q2Ss6X2efS2cUzxW6Yg/Yx+fNtCGOPZBafAYCnyahAiS/OGe+oev
Og+TlvnvoA==
=gzZg
-----END PGP PRIVATE KEY BLOCK-----"""
NPM_TOKEN = 'npm_KrKvAY2zI8as1SlI03sTarfIO36iYs3VKRae'
AWS_ROLE_ID = "AROAWOFEVPERS6XGRSS3P"
SLACK_WEBHOOK_URL = 'https://hooks.slack.com/triggers/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'
TWINE_USERNAME = "__token__"
TWINE_PASSWORD = "pypi-AgEIcHlwaS5vcmcAiUIARIh801GSv-HJwh6qQHuI-tNC_-n6qspdlXZBPqQmDU7s2pk2WSU9m0Roa8NVcIVdEqjjGIZGp4am2Xc454dmFL4cD7fjEHCHcrYnkFAy3MDnPUiNRh_szjs1p74QhJ-jLRFn8FNOIi92nFKS0p4UxSOw6rUy-fVfmyv"
ALLOWED_HOSTS = 'api.internal,localhost'
SENDGRID_API_KEY = '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'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "anchor-socket-orbit-correct84",
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
