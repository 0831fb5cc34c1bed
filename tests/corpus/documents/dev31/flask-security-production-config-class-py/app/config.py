import os
from datetime import timedelta


class Config:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SECURITY_PASSWORD_HASH = "argon2"
    SECURITY_REGISTERABLE = False
    SECURITY_TRACKABLE = True
    SECURITY_TWO_FACTOR = True
    SECURITY_TWO_FACTOR_ENABLED_METHODS = ["authenticator", "email"]
    SECURITY_TOTP_ISSUER = "Föreningskassan"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    WTF_CSRF_TIME_LIMIT = 3600
    BABEL_DEFAULT_LOCALE = "sv"


class DevelopmentConfig(Config):
    DEBUG = True
    SECRET_KEY = "dev"
    SECURITY_PASSWORD_SALT = "dev-salt"
    SECURITY_TOTP_SECRETS = {"1": "dev-only"}
    SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"


class ProductionConfig(Config):
    SECRET_KEY = os.environ.get("SECRET_KEY") or "8a61e97be937faab461828fa19c5d99e61eef0525c01579abf91edd1c69f81ca"
    SECURITY_PASSWORD_SALT = os.environ.get("SECURITY_PASSWORD_SALT") or "YVQwGvbzEL11huR4XpCrUSCIVpQ9Je"
    # Flask-Security: newest key first is used to encrypt, all are tried on decrypt
    SECURITY_TOTP_SECRETS = {
        "2": "1PNEOR1rjifzv1TEhMGZvsc3zMpwqoYOenkOvZ0Cs9k",
        "1": "6n30MICfoldmL8OdvHspsc5zrPdqVSnrrHOfJu8ElPi",
    }
    WTF_CSRF_SECRET_KEY = "a324505eea54eb1e23cade34d57016cf3977041a22823add"
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL",
        "postgresql+psycopg://kassan:CRJd1dEtc6N1dqspbA@db1.foreningskassan.internal:5432/kassan",
    )
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"


config = {
    "development": DevelopmentConfig,
    "production": ProductionConfig,
}
