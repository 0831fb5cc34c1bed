import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-not-secret"
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "postgresql://localhost/ledger_dev"


class ProductionConfig(Config):
    SECRET_KEY = "e19522c51cbee656e5519abf75a2589aca6320027ec483307af01537611930a5"
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://ledger_app:aq%2A0r9Hii8%408m@10.15.107.163:5432/ledger"
    MAIL_USERNAME = "ledger-bot@mapleleafcargo.ca"
    MAIL_PASSWORD = "nimbus^MEADOW50"
    JWT_SECRET_KEY = "8X6g1ICcENsnNmMpgHmy9Mnp3M_Us6GG-VAAOXdZNsA"
    CELERY_BROKER_URL = "amqp://ledger:tSfFoGyjWKjC7jQp@rabbitmq.internal:5672/ledger"
    RATELIMIT_STORAGE_URI = "redis://redis.internal:6379/3"
    WTF_CSRF_SECRET_KEY = "109cd8acf52d0f267c532bab49e2513e"


config = {"development": DevelopmentConfig, "production": ProductionConfig, "default": DevelopmentConfig}
