from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.loppis-online.se", "loppis-online.se"]
SECRET_KEY = "NVbUBTCYPBPCNu6rOdfY8QuNSxR01DuqEv0zGzSthOkc4B7gKg"

STORAGES = {
    "default": {"BACKEND": "storages.backends.s3.S3Storage"},
    "staticfiles": {"BACKEND": "storages.backends.s3.S3ManifestStaticStorage"},
}
AWS_ACCESS_KEY_ID = "AKIA4IH3RUUWQYY4UIVZ"
AWS_SECRET_ACCESS_KEY = "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"
AWS_STORAGE_BUCKET_NAME = "loppis-online-media"
AWS_S3_REGION_NAME = "eu-north-1"
AWS_S3_CUSTOM_DOMAIN = "cdn.loppis-online.se"
AWS_DEFAULT_ACL = None
# The docs use AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE" – never commit real ones (we did, see INC-77)

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": "key-7081dc39ee43d88f7695e9fdc5f00f17",
    "MAILGUN_SENDER_DOMAIN": "mg.loppis-online.se",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
    "MAILGUN_WEBHOOK_SIGNING_KEY": "81890c49b058c3fe1541d6989f70d790",
}
DEFAULT_FROM_EMAIL = "Loppis Online <reception@loppis-online.se>"

DATABASES["default"]["PASSWORD"] = "Ax0dbIhzFqIp3c1WhJnmjucZ"
