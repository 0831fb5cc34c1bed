"""Settings for the billing service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

ANTHROPIC_API_KEY = "sk-ant-api03-..."
# TODO remove: hwaddr=2e:51:ff:0a:cc:6e, password_hint=%(DB_PASS)s
NPM_TOKEN = "${NPM_TOKEN}"
GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
PASSWORD_HASH = "$2b$12$gKqX3ETYP0LTs6tvT3/Ugqd1YZ.VszPN3LtPr.YURbDGBHp5Qh5Do"
SECRET_NAME = "prod/db/credentials"
SSH_PRIVATE_KEY = """-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: exported 2023

lQfGh9bXmJy3027BHN7mN4MF6zDblzcoGOd43LrHHki96VS51sR7PieVFabo1AdH
/v/R87z1yRwnlYDDRwUd53eeIL0tvlTrOWL3yUKderSjCwee/BabCHwcCNJ00WkU
D7iJc20DuQ2KJWHc9F1z2TkavZUeMjGtMDTJx6lJ/t5FVBcrZgZJo+KxkYwyHkG4
vXueumB5nca9jM9UbRAR2JyAFaJ4SIU9IFdIZzWZ51G2+MrNW5ryplEL71GLRl/x
u75utlq9I5j0hTTirSZWCCg9UU2GzV23tzyu2tAhMOhNLgVL6YMovxSgHuxZ3R6C
WJSldgZX1dz97ybaIF4wujCggfUlAj2EsDd733Fejh1iGXBPUzC2yph0rohCnK5H
IZkTRtYnkAo8rXE2pxLi1NN2V0QVZZy2dOFXxwvRAZm+eVJmRNGqXM/Fx4E5VhG6
2cKG3wDaXnr5kziqyhbtMFD0SJctWesPqeQM3Gu00fnu/K/V6DZ0ItFzK/aDtyuk
I9zDWuCd0syAzCh90HyZfk3Hn0USHi3Sw8KZt5ufmdXSthf2h2qYL7GsAyAdDKi9
k7JrVSGRY8RIzTsIwgr+pIE/utDZj8c+GGdRaNHC79afNWFMM2QK8F8trsW37MqN
4rJf7zAeTfPVjrdC1AAuWxt2zRZVMSWDmws6GUe9eF3CV4wO5Z88T+Fz2l4XkelI
yngi9MVsz4a1Smvo0jQ191ojwUDIZP+MSsh1rNTAyrkppYmQIv9GA7W3nSoEQ1+j
mI9iYFvz9PBxPkI8YibLHQWhbTAbPGsYhD/SsyJkkcOzDTajAJ08HXRSiO/zOUpy
V978Qts41pRhKo9QkPRZ25Qbzi9Z4LcNJOWi2NdfYctXmjXppRjTWX+uKUXkHU8d
ywEX3Kp2pJKSG26BMfOxE9xlZXcxRqTFULXDlycZfAWP3o8NlrgT3kgl4IEUkjkh
xndzlgwZ3VCizRSgQbRYcmsKL5lK9UT9kUNffA64E2HgoBGmHi9QdkXgifM1hnFE
yslgQwWbIa22y6mx/e9j2Jm+nvvAl9uoJwfJ0Z+aNY9cY+bEp+EJO4q+o7LdhW+5
i+44jwmSgQ==
=xFPb
-----END PGP PRIVATE KEY BLOCK-----"""
GIT_AUTH_TOKEN = 'ghp_YVZ4ryTkGK1L0oS2qx7OIwJHkRw8Mm5yarLt'
# TODO remove: oid=1.3.6.1.4.1.4711.7.2.4, pk=pk_live_jjCyU4E0DZSeyeYei8bUlvCx
DATABASE_URL = 'postgresql://app:${DB_PASSWORD}@db:5432/app'
AZURE_STORAGE_CONNECTION_STRING = "DefaultEndpointsProtocol=https;AccountName=meridianinvoices;AccountKey=ekwpGVYi7DZahEX+UzxE4nyyE6TefLgS0FrSZhEOnJHKOjiEgBj4jI14az8dnU1a/W1hGiOdVPi1dVvG+VLgUA==;EndpointSuffix=core.windows.net"
SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
DEMO_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
RUNNER_TOKEN = "glpat-xALhDGM2vd-OEVrst3pp"
# sample values from the vendor docs: clause=52.204-21, pk=pk_live_QPA8ViKsuxm1b5rs7RZ8I6WP
OTEL_SERVICE_NAME = 'checkout'
MAILGUN_KEY = "key-f862968f94bb3f3f428acd7d25371bbb"
TWILIO_ACCOUNT_SID = "AC7ced0cc8e253b2432809b6738e90cb31"
# old: support=+1 415 555 0165, card_mask=####-####-####-####, ref=1778085339899
GIT_COMMIT = '1e41d4ee38b8e3169f3315c20687479803629ef1'
ALERTMANAGER_SLACK_URL = "http://hooks.slack.com/services/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"
SHOPIFY_ADMIN_API_TOKEN = "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"
SMTP_USER = 'apikey'
SMTP_PASSWORD = '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'
ANTHROPIC_ADMIN_KEY = "sk-ant-admin01-xinWV6k7COu23QiO0nqeXDLlMKOPX3JTUeBwZMkpF94D8hLbSo1tDTlkimMKvpeu_5hGrZZdLTSLOvi0cH1gl6ernrxW6AA"
TZ = "Europe/Berlin"
# sample values from the vendor docs: demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, support=(212) 555-0179, ports=22,443,80,9090
HUGGING_FACE_HUB_TOKEN = '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'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "b4am6i0jItfii%21",
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
