"""Django settings for auth_service project (production)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '7i7AHCBA_+6nsoVLtay0gHKX9pfo5Kn*NL)t8lYh2#YA!ji=gJ'

DEBUG = False
ALLOWED_HOSTS = ["app.example.com"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": "grafana",
        "PASSWORD": 'b$-R8CB0CcucbUMI2x',
        "HOST": "replica-2.db.example.com",
        "PORT": "5432",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "app_prod",
        "USER": os.environ.get("REPLICA_USER"),
        "PASSWORD": os.environ["REPLICA_PASSWORD"],
        "HOST": "replica-2.db.example.com",
    },
}

EMAIL_HOST = "smtp.example.com"
EMAIL_HOST_USER = "postmaster@mg.example.com"
EMAIL_HOST_PASSWORD = "tTs8P4Bnv3GNkkqv"
EMAIL_USE_TLS = True

CELERY_BROKER_URL = "amqp://celery:SwfRA%21jebXx3c~@rabbitmq.example.com:5672/prod"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                        "LOCATION": os.getenv("REDIS_URL", "redis://localhost:6379/1")}}
