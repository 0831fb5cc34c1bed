"""Settings for the crm service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
# TODO remove: test_card=XXXX-XXXX-XXXX-9520, hwaddr=bd:30:b8:40:39:d8, ref=3.1504835168465900
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

# e.g. card_mask=0000 0000 0000 0000, legacy_ref=666-73-4070
STRIPE_TEST_KEY = "sk_test_51oruhwyXB7gacQfvveSWHOZLDCGEnAFsGlvbQEjukghbedgQYcJvou1i8KeRbMseCjyHnKIUbTOofdnmlk7hxUMTxEfUdrLa0L"
OPENAI_API_KEY = '${{ secrets.OPENAI_API_KEY }}'
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
NPM_PUBLISH_TOKEN = "npm_Ltrd2D0HcHUzLqs3V0wHcqTxWnqVnmMwCUUb"
NPM_TOKEN = '${NPM_TOKEN}'
CLAUDE_API_KEY = 'sk-ant-admin01-bRcFSM9062beLvYwWwvwgATbGjWHuKqxWz9Y1g2-hzkKeh4Y2NROXihxhUWm8YuYVSaAZ01q5Fu5SdBYO5MZrW2TCbHcmAA'
NOTIFY_WEBHOOK = 'https://hooks.slack.com/services/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'
# format: chunk=s16K0pqOOHWlAIzaSyV2NuyaMQm9GLZGZQKFEOfIsPIuROIG733SUesr10dWPNPJM4q, password_hint=xxx
HUGGING_FACE_HUB_TOKEN = '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'
DD_TRACE_ID = "1160467936610220328"
TOKEN_TTL_SECONDS = '3600'
SHOPIFY_ADMIN_API_TOKEN = "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"
# sample values from the vendor docs: oid=1.3.6.1.4.1.8937.7.2.2, created=2019-10-25, password_hint={{ .Values.db.password }}
EU_OPENAI_API_KEY = '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'
STRIPE_KEY = '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'
DB_NAME = "orders"
SAML_SP_KEY = """-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,9E1AEEFB591D0143EB605B13F6BD6786

MIIEowIBAAKCAQEAkNK0vOIFOaGssIih9p/6LtMhybAC0Ajtaj2cZIR5bNaLZKhO
dJykiB4B7HBFiupmcMh1lzxmJnw/eKwI08hHrBpPqyLZvRRx9loUlBRa87kPmiov
6iiN0R/QeBIDKlXxRQDf9laJrUMDe6me/seGAmPfuM95MBNOM135LxYwXn37ZbGr
CAF4Dhv/5+q2ubcRjUvSaOc+cP/qIORD5nOVTULaIqA+CxS0rC0TtzjKDZm8MieX
F4vs9EWmnqxc2GHkU4NTz1ZBaKwVV1K1V0EiHrXG8yrCLKJRwamN+0JQzDtJEZ43
AxRDJbSxoqRxyDp/aB3jB5GGkhpuQB7FxTrP7KmzrIcmJfQfqlXrf9dvMNRff+op
/hDylCEOlcK9Q6UUopJy8UDjMjGoCZ8gykLr5lAIC/8I+65z73dGml3EEaUqSU1H
uZiUECCTXN9KGEGsh7KS1VG6NIsWHHC36dijowHAmuV/hhUAn0BXuxcUgGjcdlLd
36jsyWHizsroBVV61KLbScis16Q0OtvDXTsKmj+oei4pOMGbTr62sRixx3WOQtsm
7sI+naB+ZqwJPUxbSZiOldT+Tau1pK1q8gQsHX158J8TOPuPtODJ4cj0fcfTZx+M
usC3HF7I9y8Dw/HGfVGIeLilSO1x58YhJzByqffg50lmfwHCUzhLIroYBihUC0gg
KBEqOwyRkR34JF9K9gcbuatnPdWEPn4TbX04/PeIKIjhAkiybUs/8yiqaJHkffbd
Yzn7CEbEIjfNYT39gK8iiMnL3QyCfJXyDGZ8y0syCS6JBTn8B507CbDAnB8KmZIj
YFCOKWVvsQrrRpsygsFFzGpXX1lff49g4P4nW/PRPJa9UUkz6gcs/rLiO598+HoK
aTWlVuzzBOtzO/5wjyt9ICrKUY2ogr+QmQ0lW0r/41QkvJIXepgBSBkeCUGXQFAs
ZAzoaE1C4rPI3xWVz50mCpy+Gg/c6B+aeGM1Mc4pLa3u+S3+NAVvIJjoK1ZVuq2b
xlQwY4Cvhxbuvll+zSKsR+qV8pg+xX/JxHQtm/POArIFltMyGn+8p9UgfkmCPtGN
/zps3SJGWUbbT6vbZ4rb6rNcfLzsmwO2cTrkvBTB2tZlusvGDypPpRSl4PEnS1Cg
zNoRQeNL2MrbD51PloZxVxY7Z9ujoA+osjoqKnWu8u9sJOJ+G+h54Wg2JHDXOCmq
50keyR/B8/xPnMhMFYp81L1+ETRcFjSF/TDDIw4z/QtELUFrmf+RzjAUWCXx6IZX
45WKswBvxacKUbL9KaBokRRAV5Ma7FErY7JgOAxULmRHgmy77aolCb1AY1kxSJDM
W02AJ7r825spxC7lOXn9UiDDxn+mrLRSKmbBaAPn4n9j7nRP45cTAH6Yn7QiKJQJ
yLZdFYokAH8UQ1kcGxlSMKp3+KdmrMafcoFI+x37qBkbEcE6DA6E1DVUbOdjNNHz
wzg0+dOi2LxwoACbIYnZtixMxSsJsXhr2x0ACOaV+9hRRL3OLQq87ohvmQyfAqcM
NRdpQKa7hpsWnpuhFcgot/xsjA5QaIxlepc/gp1wmKfEv8aNH/dRyA==
-----END RSA PRIVATE KEY-----"""
EXPORT_SAS_URL = "https://brightlanelogs.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=lB%2B3WFOsHtUz3464F3%2B%2FV6JFc6WecO%2FPXVR1BfW5m48%3D"

# do not use: chunk=sAV9cvLkjx3hAIzaSyhma8AZpeLHxz3gHGoAwB4AsHAGpuFQXveP+ssFyTSjLt6yVyT, ref=-4577262076637725169, support=020 7946 0582
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "Stg_Yxr33loa1i!",
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
