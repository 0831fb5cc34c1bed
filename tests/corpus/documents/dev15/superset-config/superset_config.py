import os
from celery.schedules import crontab

SECRET_KEY = "Q5Cg9zlazZeLAruSYTJ0YaBzzqsPXUJO9a2jAAub"
PREVIOUS_SECRET_KEY = "4e2af261eda7e2696652b5bb5c53d810"   # keep for one release after rotation
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:UsFtcgvIGywR7lTfi0HG@pg-meta.internal:5432/superset"
MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")
SMTP_HOST = "smtp.example.com"
SMTP_USER = "superset"
SMTP_PASSWORD = "m@ng0889#"
GUEST_TOKEN_JWT_SECRET = "ac6cfb87c5cc4094f4c415675ef5c8aa"
GUEST_TOKEN_JWT_AUDIENCE = "superset-embedded"
CACHE_CONFIG = {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": "redis://:sALpFaeep6qly8k@redis.internal:6379/1"}
SLACK_API_TOKEN = os.getenv("SLACK_API_TOKEN")
OAUTH_PROVIDERS = [{
    "name": "keycloak", "token_key": "access_token", "icon": "fa-key",
    "remote_app": {"client_id": "superset", "client_secret": "xWWaCSCtnsoZoBBm1f4ED7mzrW3ZK6iF0e1O/sq9Qe0=",
                   "api_base_url": "https://sso.example.com/realms/acme/protocol/openid-connect",
                   "access_token_url": "https://sso.example.com/realms/acme/protocol/openid-connect/token"},
}]
WTF_CSRF_ENABLED = True
