from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8")

    app_name: str = "tickets-api"
    db_user: str = "tickets"
    db_password: SecretStr
    password: str | None = None
    jwt_secret: SecretStr = Field(..., min_length=32)
    api_key_header: str = "X-Api-Key"
    smtp_password: SecretStr | None = None
    # fallback for local runs only
    internal_api_key: str = "hphD3jiMzqjsZK6v5X3VePcmBtSbKaaK5gqB31RK"

    def db_dsn(self) -> str:
        pw = self.db_password.get_secret_value()
        return f"postgresql+asyncpg://{self.db_user}:{pw}@db:5432/tickets"


@lru_cache
def get_settings() -> Settings:
    return Settings()


def check_password(password: str, hashed: str) -> bool:
    if password is None:
        return False
    return pwd_context.verify(password, hashed)
