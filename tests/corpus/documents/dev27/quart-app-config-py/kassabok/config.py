"""Configuration for the kassabok Quart app.

Values here are the production defaults; anything in the environment wins.
"""
import os


class Config:
    SECRET_KEY = os.environ.get("KASSABOK_SECRET_KEY", "qqinysEcvjDw_Cw8PcoVsNt__FrP7YrCmW8_6SFpjeB1pGkhlSoVIqYebzKNzs2A")
    SESSION_COOKIE_NAME = "kassabok"
    SESSION_COOKIE_SECURE = True
    QUART_AUTH_SALT = "cookie-session"   # itsdangerous salt name, not a secret

    DATABASE_URL = "postgresql+asyncpg://kassabok:21eFee1IcA7K8xkjHCft@pg-01.ekonomi.lan:5432/kassabok"

    # Swish callback is verified with the shared secret from the bank agreement
    SWISH_CALLBACK_SECRET = "6c6c20971e5d1b705508c2338a9f4b6a503aba0622eea616db8f815ebccb54b7"
    SWISH_PAYEE_ALIAS = "1234567890"  # Swish number shown to customers

    # Bookkeeping API
    BOKFORING_CLIENT_ID = "226b844e-a886-44b1-98e7-8a7f21939aff"
    BOKFORING_CLIENT_SECRET = "l45cbbuZRy5C1RGQArJiVskNYOjUwKQJFKLMLOjU"

    SENTRY_DSN = "https://1f2b931b82c591de9b60f78ecc17203b@o955060.ingest.sentry.io/3445103"


class DevConfig(Config):
    SECRET_KEY = "dev"
    DATABASE_URL = "postgresql+asyncpg://kassabok:kassabok@localhost/kassabok"
