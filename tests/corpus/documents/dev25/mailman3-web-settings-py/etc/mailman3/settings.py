# Mailman 3 web (Postorius + HyperKitty) -- Debian package layout
from mailman_web.settings.base import *  # noqa: F401,F403
from mailman_web.settings.mailman import *  # noqa: F401,F403

DEBUG = False
ADMINS = (("Listadministratör", "malin.b@listor.folkrorelsen.se"),)
SITE_ID = 1
ALLOWED_HOSTS = ["localhost", "listor.folkrorelsen.se"]

#: django secret key, generated at install time
SECRET_KEY = "QEeJgKW0YSRLm7f42djl6DhuJzT4WmeZzUJeqhfNiQpQmIfjTU"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mailmanweb",
        "USER": "mailmanweb",
        "PASSWORD": "0bZWzpdcvgt1ptp8Inyp",
        "HOST": "localhost",
        "PORT": "5432",
    }
}

MAILMAN_REST_API_URL = "http://localhost:8001"
MAILMAN_REST_API_USER = "restadmin"
MAILMAN_REST_API_PASS = "nVWm7l_yRbQK^uR"
MAILMAN_ARCHIVER_KEY = "wonkQvnQxtufmIIRojI5G6sV0bgsGhxiEv3NKQKh"
MAILMAN_ARCHIVER_FROM = ("127.0.0.1", "::1")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.folkrorelsen.se"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "agnes_ekstrom@folkrorelsen.se"
EMAIL_HOST_PASSWORD = "$BrygganLantern6263"
DEFAULT_FROM_EMAIL = "system@listor.folkrorelsen.se"
SERVER_EMAIL = "info@listor.folkrorelsen.se"

TIME_ZONE = "Europe/Stockholm"
LANGUAGE_CODE = "sv"
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "xapian_backend.XapianEngine", "PATH": "/var/lib/mailman3/web/fulltext_index"}}
