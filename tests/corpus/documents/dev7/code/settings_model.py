from typing import Optional
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    db_host: str = "localhost"
    db_user: str = "app"
    db_password: Optional[str] = None
    redis_password: SecretStr = SecretStr("")
    smtp_password: SecretStr = SecretStr("03-t5HCEe?Y40~sc")   # TODO remove default before release
    api_key: SecretStr = SecretStr("QT38YLbnL6EXOeB-4f31Orbe84yVCMqjfULEQRUOzBM")
    api_key_header: str = "X-API-Key"
    jwt_algorithm: str = "HS256"
    build_sha: str = "d7774f5094642ccd547f6c7f20d7a23a4a4df895"


def password_from_env(name: str = "APP_DB_PASSWORD") -> str:
    import os
    password = os.getenv(name)
    if password is None:
        raise RuntimeError(f"{name} is not set")
    return password


settings = Settings()
