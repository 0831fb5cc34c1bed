"""Production settings for the member register (medlemsregistret)."""
from .base import *  # noqa: F401,F403

import os

DEBUG = False
ALLOWED_HOSTS = ["medlem.idrottsforbundet-norr.se", "admin.idrottsforbundet-norr.se"]

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "2m!srxjb8$-8hd#^u)gyayjxx)xe#w2*i7&f(*5-)1jfo4hw+n")

# django-encrypted-model-fields: Fernet key, urlsafe base64 of 32 bytes.
# The first key encrypts, the rest only decrypt (rotation 2026-09).
FIELD_ENCRYPTION_KEY = "TUhnOyJetahu57igpPgEfCKHVOFqhczqhpb1OKpOZ8w="
FIELD_ENCRYPTION_KEYS_OLD = [
    "IPmK03zA4jEwYf7kgudBYV-gqAAqFANq0IfhbHh3iEI=",
]

# django-hashid-field: the salt makes the public ids unguessable
HASHID_FIELD_SALT = "sg1VeJFVaaNklUy29dWmeUcjNieuIqfa"
HASHID_FIELD_MIN_LENGTH = 9

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "medlem",
        "USER": "medlem_app",
        "PASSWORD": os.environ.get("DB_PASSWORD", "vTXXiJV9CwpAWhEvBX74"),
        "HOST": "pg-medlem.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

# mozilla-django-oidc against the federation's Keycloak
OIDC_RP_CLIENT_ID = "slw79oo3em4pakiiv8nla63m"
OIDC_RP_CLIENT_SECRET = "sG0fHbnw6DwbUrN2USUJ9U19nCf8REokfOCdFnKxon4FulmO"
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_OP_JWKS_ENDPOINT = "https://sso.idrottsforbundet-norr.se/realms/medlem/protocol/openid-connect/certs"
OIDC_OP_AUTHORIZATION_ENDPOINT = "https://sso.idrottsforbundet-norr.se/realms/medlem/protocol/openid-connect/auth"
OIDC_OP_TOKEN_ENDPOINT = "https://sso.idrottsforbundet-norr.se/realms/medlem/protocol/openid-connect/token"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING["root"]["level"] = "WARNING"  # noqa: F405
