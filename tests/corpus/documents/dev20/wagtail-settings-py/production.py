from .base import *  # noqa

DEBUG = False
SECRET_KEY = "szRrE9aSn3TyFq9)tyFnI*A#(gN)DQJccv(*bv+#2qAtw5^wFH"
ALLOWED_HOSTS = ["www.nordvik-data.se"]

DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "wagtail", "USER": "wagtail", "PASSWORD": "L0w=5I4KkWZvUHm", "HOST": "pg-primary.svc"}}

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.elasticsearch8", "URLS": ["https://es.int:9200"], "OPTIONS": {"api_key": "wMcAVl9kEQPPny005xF6JtYA74AicJJwgqVZw7KmzEnnlBYs_6gSEzWQI7rr"}}}
RECAPTCHA_PUBLIC_KEY = "6LJRGbYqCIWrWE-s5pR5es26hYapLFztyeneqHli"
RECAPTCHA_PRIVATE_KEY = "6LT8PnkHTYzXlPkupTYmGzarMrBsEwUu-WHIbUiq"
MAILCHIMP_API_KEY = os.environ.get("MAILCHIMP_API_KEY", "")
EMAIL_HOST_PASSWORD = "QSPBElFLgpjcR2s0Az1"
AWS_ACCESS_KEY_ID = "AKIANU6WGAMHHG24UCRE"
AWS_SECRET_ACCESS_KEY = "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"
