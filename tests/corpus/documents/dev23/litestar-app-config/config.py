from __future__ import annotations

from functools import lru_cache

from pydantic import Field, PostgresDsn
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Settings for the booking API. Values come from the environment (prefix BOOK_)."""

    model_config = SettingsConfigDict(env_prefix="BOOK_", env_file=".env", extra="ignore")

    debug: bool = False
    database_url: PostgresDsn = Field(default="postgresql+asyncpg://booking@db/booking")
    secret_key: str = "D7aO8GyrbbihVIyqKOCc4XQu6n1kO9UNM6fqmwqsAOM"
    session_max_age: int = 60 * 60 * 8
    allowed_origins: list[str] = ["https://boka.simhallen-lerum.se"]
    # Svix-style signing secret for outgoing webhooks to the municipality
    webhook_signing_secret: str = "whsec_pwMR+eNjFlCdvTLtlTTfIY/MRvSJA87r"
    sms_sender: str = "Simhallen"
    password_min_length: int = 10


@lru_cache
def get_settings() -> Settings:
    return Settings()
