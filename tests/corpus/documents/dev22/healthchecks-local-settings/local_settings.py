# local_settings.py for healthchecks — imported at the end of hc/settings.py
import os

SECRET_KEY = "biaQ#SlgD@qPINmcvrJmYK1MlRBBJV+XsyzSqs2n=AAjz(8vWI"
DEBUG = False
ALLOWED_HOSTS = ["hc.driftlaget.se"]
SITE_ROOT = "https://hc.driftlaget.se"
SITE_NAME = "Driftlaget Checks"
DEFAULT_FROM_EMAIL = "checks@driftlaget.se"

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_HOST_USER = "postmaster@mg.driftlaget.se"
EMAIL_HOST_PASSWORD = "1ZSs+4dO#R2"
EMAIL_USE_TLS = True

# Integrations
TELEGRAM_BOT_NAME = "DriftlagetChecksBot"
TELEGRAM_TOKEN = "7477604328:AAcHjnLyFCKctNwzuiOhUVvFe2IcT3IfYer"
PUSHOVER_API_TOKEN = "chxsyv9aqu4wv6lptvj9geur72ls2m"
PUSHOVER_SUBSCRIPTION_URL = None
PUSHOVER_EMERGENCY_RETRY_DELAY = 300

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "hc",
        "USER": "hc",
        "PASSWORD": os.getenv("DB_PASSWORD"),
        "HOST": "localhost",
    }
}
