from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "t7#71hvzax4p#y-zic&u87(c_=!8^niqhhppa+nssx(!b956ho"
DEBUG = False
ALLOWED_HOSTS = ["shop.lumenpay.eu"]
CSRF_COOKIE_NAME = "csrftoken"
SECURE_HSTS_SECONDS = 31536000
STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
# manifest of the last collectstatic: app.b8bc0bd8bfe1.css
