"""Django settings for tyrell project (prod)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "*d_6))qeg3p(74q_5-^6iedflau9!v*uhj)g8!#owpb(=4+z$x"
DEBUG = False
ALLOWED_HOSTS = ["tyrell.com", "www.tyrell.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tyrell",
        "USER": "tyrell_app",
        "PASSWORD": "%atH9xZWVjTqk@riLxA%82f",
        "HOST": os.environ.get("DB_HOST", "172.30.252.199"),
        "PORT": "5432",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tyrell",
        "USER": "readonly",
        "PASSWORD": os.environ["REPLICA_PASSWORD"],
        "HOST": "replica.internal",
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

EMAIL_HOST = "smtp.sendinblue.com"
EMAIL_HOST_USER = "ops@tyrell.com"
EMAIL_HOST_PASSWORD = "Cobalt.5702"

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "506550252789-2i9xttwac90jrxzodq2mddg2flzq7zrs.apps.googleusercontent.com"
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "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"
RAZORPAY_KEY_SECRET = "f7NYcL92LGkbzSDNpeyAAaJK"
STATIC_VERSION = "b5c79a941114c114a4d343aa45c69f8a"
