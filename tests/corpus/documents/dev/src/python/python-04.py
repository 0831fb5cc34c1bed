"""Settings for the orders service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

DD_API_KEY = "5798e4f6120ad0c42ad2094a10e9e573"
PARTNER_JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjZHb0VvQzlRdGtrVXh2dk1qeTcyNFhKbWl6YSIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguYmx1ZXBlYWstZW5lcmd5LmNvbS8iLCJzdWIiOiIxMzIyMDQxMDUiLCJhdWQiOiJvcmRlcnMtc2VydmljZSIsImlhdCI6MTc1NzE5Nzk3NiwiZXhwIjoxNzU3MTk4Mjc2LCJzY29wZSI6ImFkbWluIiwianRpIjoiMDgwMWY2MmNlZTAwYzUxOCJ9.1hZ5-4kmUI3p-EGE5S1-pcH-AgIMIFnLIoQsvcn9bgy1YEFw1Ai_IRs3iBUHxh3BybM6uzEffzzA_7jJc0mbonxWXnrAUWfrOzXaJvvqVQyXFt4OHHOmTCzO6CFfBZ7hmA2gmnFJn53sf7YYnVM7qt8iku6K8q3JjrVwFLsgPWFZKSVWyFHIox3CNIbXQtwEziVgfde0Eyocz7E9O8PQ7jb8Otb7PAUfa9ozxMa1W7uC_7fC_NKgnMe-WKmw-nSidaQHAdIDUFhlSkjUXOjsx8malyRq-H8bIgs-Q2gOoJrrm17m5j0LLA6CjDEfM_KIRUmXQbUl_IINsQZ5KX1GBQ'
SLACK_HOOK = 'https://hooks.slack.com/services/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'
AZURE_STORAGE_CONNECTION_STRING = 'DefaultEndpointsProtocol=https;AccountName=brightlanelogs;AccountKey=C9mDByg82tM8CxOc7JbkiXGSGuDDndZS0w5KIBpYl+KzQAbYbMMW+Npl8cUCyIhuf9cS4VppduDV20ZJTLeF1w==;EndpointSuffix=core.windows.net'
GL_DEPLOY_TOKEN = 'glpat-zQMn686KMgiR2F1asUXk'
# sample values from the vendor docs: oid=1.3.6.1.4.1.4601.10.1.7, legacy_ref=***-**-5806
PRICE_CAP_EUR = "1301.09"
# test fixtures: ref=3.1327817103115044, frac=0.3583010039096874, password_hint=${DB_PASSWORD}
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
STRIPE_SECRET_KEY = "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"
# old: created=2021-07-09, oid=1.3.6.1.4.1.6209.8.0.5
REDIS_URL = "redis://localhost:6379/0"
SENDGRID_API_KEY = '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'
# old: created=2019-07-06, sample_iban=DK9620074483759013, principal=ANPAB66NP44FEWCVM2US5
SLACK_BOT_TOKEN = "xapp-1-A09T93C8D4J-9977319394130-b0ecec4e2bdbb3784db7d34564d4009dddfaac8b7ba1cde87e6cc6e2a2b14629"
AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
PASSWORD_HASH = '$2b$12$bYGInV.tdWx.U4UHkoVi8w/IzeXqtvuimxjUIEUEQY.JzJZWcwDLj'
OPENAI_API_KEY = 'sk-...'
# old: hash=-5561981012734730226, hwaddr=0c:f7:f0:6b:1c:9b, frac=0.1495053884133497
PORTS = '80,443,8080,8443,9090'
DATABASE_URL = "postgresql://app:${DB_PASSWORD}@db:5432/app"
# e.g. clause=52.204-21, sample_iban=IE29IPBS62515363030824, legacy_ref=***-**-8786
SNMP_POLL_OID = "1.3.6.1.4.1.2021.10.1.3.1"
DEPLOY_KEY = """-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: exported 2023

lQfGLTpOzpHiG+It/za7KE/MpmuDtm7yhroh2dpLVF42+k+j6YpNJo6Ig2AgBXdm
I9kQ5f5WUN9ss0qJ1LSyCG7bKWliN4EIjOlYgNkSAU2uOkTT9VobbQtUKTJjRrPB
C49ARSStyVPKEN5Yx1H8FEb/shryhiBO8tdgS5gWgAuA4ALk7nL769H1SdGk2cRv
LrTa2j+CcqvbQcgLEvFk09FNaw/jMQ0iIXs2ULSbW9oFJ8BS+etAP6e8UycqQDxU
aVTvPSjYUmu620/en7RAAw0Epj9eb0BTwcOVYnPwaxNZTcZCjOuNBFQlfd0RiDQc
lVajwoPOMYP0V+H2oWBb9fFSDAGURrbrB3nux2GwaspT1xa2rwdtUWgLmZ2LqObY
3xFE+Zhmgtb6PMi/+w0TmLHOb6iLAAsXqgVINXlutKpTsedr9TITIH00FNY4mrBk
Lw8OSfPXwc4H2UdwVVvt9OEtZW7DHmB+cz4+B+Fdnolc9+jmEEjhFs7e3B2CCenb
PQcCsr116FWtKphiAWmFLjerp1K1+4Zv8aRA2qSRb3NEd7TpKd498bH30OK3azxr
CVoDI8TPeL5wFqOVJGDRa7pAKRF5y26LvSOZ3fmVRZw6gXepZEyoaUhlRDsLWEUY
l+YHFKFOEGp6oTrW7YgHw3ru5stObbphZqFdNVFLClhELG83bMyzqNedz18tyZ3j
LADBFJp5oGMuCS6c+YTkaJ+L3PwKjf0FrCCrncPrAb5EhLBerRwQrJ4yMqAgE5II
u4f6DvVGtblUAHcoZNVCEr7qJr6jQhbWiH9OCl5lm6ns23Eyang2nxPtbJkc6hQY
BCsIqGSijMPUZwh+9mVKUbQZMucPW6WuchcjUXLItqA0EtfMS4qIFxUuuAUNsPRL
Wf0EHQW2HDn3l1NNV82+zebPydYINZK7YuUSoISyX1o0X+lscfm+rawSMnUHvIpn
U3leHW8LI9FnIF/SSzStgqNZ2S+9yS39+OEdBPSs9jCx4YD7uVfLCTeKd8aL8tO4
dXYMa0Svp/n+Se41awAjSCwHxy66tfS6niEVd3E4ZdMWSwUx0OP/MGAL73wvwZIW
yBILn1ShFQ==
=TIt0
-----END PGP PRIVATE KEY BLOCK-----"""
APP_VERSION = '0.0.24'
UV_PUBLISH_TOKEN = 'pypi-AgEIcHlwaS5vcmcAiUIARIhPxCH-eAhZEuOiQNbUzQYXavNBKerTELQwdMtjaQPEIeOzfAN6c79zvC564AAhohL0ohzmiS4zdQWryMxXK60cGzlque-vCWn0Dhn8sZLcbK4l0mwFppgXNzTLaqhrzEybhKAQapF1oj5qkn48XZ63_ZWZAOu6vWMmPZgPsSX_fyQs_Nok2JO1Qg-nfLfFuSfxJW2GU1C'

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "EaRTCIF936tNTaFO",
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
