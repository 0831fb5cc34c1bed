"""Settings for the billing service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
# TODO remove: hwaddr=bb:0e:4a:7a:4c:bb, principal=AIDANVY7AHQKPDK3MTARL, clause=52.204-21
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

PRICE_CAP_EUR = "304.04"
# old: at=03:15:05, span=21569e9b5a8f
SENDGRID_API_KEY = "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"
# TODO remove: principal=AIDAO3YI5MYQBH74SLYOX, clause=52.204-21, demo_jwt=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
AZURE_STORAGE_ACCOUNT = "kestrelbackup"
# old: span=27878b3933f8, sample_iban=CZ46 **** **** 6034, principal=AROA4JZ4JGUU5UVSFMZ6N
AZURE_STORAGE_KEY = "Zuv5+5AS3eTn8x7qDn2k7sSzjJZ5yfqCByDwHaxJNZdsnEt/vr56tIdfjIbyE5Z7fmRNY0Herrg5EP03qEFGbA=="
PROXY_AUTHORIZATION = 'Basic Y2ktYm90OlN2Y19UUFNwT2hydVhwJQ=='
STRIPE_TEST_KEY = 'sk_test_51u2lKfpwbpqrzr68QenLFYRpETMDAsa8bgj7D7iDMRDONPXTjLJ5XmQOoJ7t3hhMZVvsQ250ctmN2n0q2Ax64NhAGSnEhE1c6Y'
PASSWORD_MIN_LENGTH = "12"
# e.g. created=2019-03-26, span=4d516ce10584
PASSWORD_HASH = '$2b$12$uwRqJ/dzcpukIzilShae7OI1AeZ/B9fucS/1wLDgALdK2vYEJSrKN'
NPM_PUBLISH_TOKEN = "npm_QSlSzyimJSIxxu4hCQZZS5QAbFmrBwhQop1w"
ASSET_SIG = '+CMycHDEC9Nsjqph5TqbAIzaSyBhrabnSTcKanA2GJlNu9qCQSY26C7B8GGBbsVxpZV/PCO/rovwu+fVAQprsNdNO'
TWILIO_ACCOUNT_SID = "AC960ed984578b3737efad0fc9f37f8908"
GOOGLE_API_KEY = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
SLACK_APP_TOKEN = 'xapp-1-A05VFCS1N32-2159040766099-164965a872d221cb7439d45badd772e3baeea2a7d3683e4cac3f67d53021484e'
TLS_KEY = """-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-256-CBC,7904D250647ECA78EE32BBC7E3F91DC9

MIIEowIBAAKCAQEAoUznM95S17BHBnH6xshCfbb8Z2wk6Gip6AhHNfSvyyh8MO2h
i3cZfRAZOYoI7jcrUEiQV2EuiYDys+8bEh+yIBDSgDnIwRKWg8LtV9qfRsEWpg+n
zNP6kdzTyBUZmm4r1MKG4Y4f467RG2imAdtHl3mNvjrlQiLFprzIvmEaXzydMU66
nQI2HJZ4yaqwje/Ppa1IbZ5lUyZZ/5kCjUV+TCbe6RHHGTDFhc92OgOyHorgus7E
VhLopAHVuOPjWdQxdS4OC4mmuUozksUw+XX5POCdc8qCBOudAC0cqQqkico4Qcjg
NCYyK4IJ+PHDckdeDm/Pw/XSJue1xCU+ZRKKmBpdDDKujSZKfIQxeT/Pz8Yb4wsw
jXMQHA4mEStdHpgwtscoGfbqMQ1r+09nFvzQODtxvgqqO17cERk2CMEzk11s5Q3y
+HTeYrSHWEpt5+VNKBz0Vl7AA1MvamzOgjNqwgzzIvNL3tZZgm4zc42a7Hemygdy
vIjwNMkxEtH2IOcgz/lqhM4axrmpqX6F3W6ioA5wczEUErjlGYb34c+IJeErI2tD
e2zuOM9aU36dCdnRlyVB98bES9apoowm3RUrGw5NyrfchykFzZWvgBrBXwV8PQAr
4icNFxNGqTeZs6rdGPeGY0QKDsTb2Ee84TRRUhhFmKHBPuNb93DlVr+hnkhgM3uu
9wEDNrMVg4nLUI/vWFEghn/AQ2BdzrQKR2WtVhYk8Ls0BLEymJk1MBfzep5WWvFw
4mDf3ykmN4h0uvcTTIwacpb8jgVaIQz45jNcdGGiot67i1zTeDydg+ghyFm//kUf
lhwN01dknZ4BFoW0OjMN7KZOS3CSqL14zHq9pfuvfIzG4Bc7LUPxqjoxfSlTpAEy
vnR82r4GZj6yTYZT//MA4arhfy3CW6gDqmblTbeyeCmk9j2uRoWciZIGgJjpIEjv
0vKPNYp2A6YeOQo6Em7MAU0ARWNsZRZekh9PC94EXCtl1iDoqWCjXL9ev7c0ZTrb
enos3Tim2zx7dvqxfnlwInWx25hq8xOuMhYtM+66mfrEG14Md3SZMLAA3zpIioWV
JvRGoBAGBD1YvN6ujb5c0T/0tQRRwivlKIoJCVgTsqSwtMIo/EBFPSSQycbpaKHQ
HTOJEt5CknGUZNWrXOVLs4g4lgr3E8pL9xvumjLxSDLdROsNhWt+o7IP81nPkCgV
374ICtumDC+OT5sxplBhZljOFy2fbHXNDmmH6X0znnle3CfLrgUYCw8DaCpKEZhD
PIm6/kVX7vRE9IAHAnmVzpGJ4+pMADExt9XxCXI9fpgRalHQZOvqCWLqbPuA3B82
4yzF5ZL/34g0FDWcpR3m1EpWXJX8+p81xd/G1s6A5zfG6L+Si9bfv4w7CfyrB0Mh
tSxvdJJ4mup422QvMX/TX+RbO7ulbeDJxxHPMc9LY4AfuLWZM6Hz0kPAaPKG+8i6
B50rsweLPYgG6AZUL2hIZ/93ZUk8/5B/UoQ+G3oVTK+MU4rF2aqQrLqbJmke1skM
aDKaVTJFfHnP0gFE/8sJYTePPSfuDKagJYn8UeJhkAQOQ73zccrXcg==
-----END RSA PRIVATE KEY-----"""
ANTHROPIC_API_KEY = "sk-ant-api03-..."
OTEL_SERVICE_NAME = 'checkout'
ANTHROPIC_ADMIN_KEY = 'sk-ant-api03-PHt6ZUEigsp8i_aemi9mGBvCBhgEgzFYm-PCE7xukF8adIh1COhCnp2_G3n2bBwWJo2zWUFk8nrTmgl6dCY7GpdWl-j69AA'
DD_API_KEY = '503df1ef2dc07300280f9ae5b4415ee4'
TWILIO_API_KEY = 'SKbca16df364b9f90694aa4ee8886d4c8b'
OPENAI_API_KEY = "sk-..."
HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

# sample values from the vendor docs: build=14.16.178.1657, frac=0.1081012775294339
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "d+rq?zVFKYM0DczGGraI6cjl",
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
