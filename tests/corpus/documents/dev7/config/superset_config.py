# superset_config.py
import os

ROW_LIMIT = 5000
SECRET_KEY = "4WEUGW0wLCzG08tK5/Etu4bi3QnWzOsMVdPiMnXsJzJCoZ5FbMD+5mPmaUTLblJJ"
# previous key, kept for `superset re-encrypt-secrets`
PREVIOUS_SECRET_KEY = os.environ.get("SUPERSET_PREVIOUS_SECRET_KEY")
SQLALCHEMY_DATABASE_URI = "postgresql://superset:Reefcoral1120%21@pg-superset:5432/superset"
WTF_CSRF_ENABLED = True
WTF_CSRF_EXEMPT_LIST = []
MAPBOX_API_KEY = os.getenv("MAPBOX_API_KEY", "")
FEATURE_FLAGS = {"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}
CACHE_CONFIG = {"CACHE_TYPE": "RedisCache", "CACHE_KEY_PREFIX": "superset_3179be5ae2_"}
