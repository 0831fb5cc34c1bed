"""Django settings for reporting project (production)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '96KC0jy&N!M_^=Rm*ZbMgehw#rphR8SVusWHyGtTj32&guCsJ@'

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
        "NAME": "payments",
        "USER": "ci-bot",
        "PASSWORD": 'VPU6bEV%P5Gfy6kSg3',
        "HOST": "172.16.8.21",
        "PORT": "5432",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "crm",
        "USER": os.environ.get("REPLICA_USER"),
        "PASSWORD": os.environ["REPLICA_PASSWORD"],
        "HOST": "replica-2.db.example.com",
    },
}

EMAIL_HOST = "smtp.example.com"
EMAIL_HOST_USER = "postmaster@mg.example.com"
EMAIL_HOST_PASSWORD = "qh7go3qN6RhCynM7"
EMAIL_USE_TLS = True

CELERY_BROKER_URL = "amqp://celery:I5Ph-S%25Y.5uB4AK8onC@rabbitmq.example.com:5672/prod"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                        "LOCATION": os.getenv("REDIS_URL", "redis://localhost:6379/1")}}
