"""Shared non-secret vocabulary: hosts, users, timestamps (all reserved/private)."""
import datetime

HOSTS = ["db.example.com", "pg-primary.example.net", "mysql01.corp.example.org",
         "10.0.3.17", "192.168.40.12", "172.16.8.21", "192.0.2.44", "198.51.100.23",
         "203.0.113.9", "localhost", "postgres", "mariadb", "sql.example.com",
         "replica-2.db.example.com", "mongo1.example.net", "cache.example.org"]
USERS = ["app", "appuser", "svc_orders", "deploy", "jenkins", "reporting", "etl_loader",
         "billing_rw", "admin", "root", "postgres", "sa", "webapp", "readonly", "ci-bot",
         "grafana", "keycloak", "sonar", "nexus-deploy", "airflow"]
DBS = ["orders", "billing", "inventory", "app_prod", "analytics", "crm", "payments",
       "users", "catalog", "warehouse"]
APPS = ["orders-api", "billing-svc", "checkout", "inventory", "notifier", "gateway",
        "reporting", "auth-service", "search", "media-worker"]


def host(v):
    return v.choice(HOSTS)


def user(v):
    return v.choice(USERS)


def db(v):
    return v.choice(DBS)


def app(v):
    return v.choice(APPS)


def ts(v, fmt="%Y-%m-%dT%H:%M:%S"):
    base = datetime.datetime(2025, 3, 1, 0, 0, 0)
    d = base + datetime.timedelta(seconds=v.randint(0, 300 * 86400))
    return d.strftime(fmt)


def tsz(v):
    return ts(v) + ".%03dZ" % v.randint(0, 999)


def priv_ip(v):
    return v.choice(["10.%d.%d.%d" % (v.randint(0, 40), v.randint(0, 255), v.randint(1, 254)),
                     "192.168.%d.%d" % (v.randint(0, 50), v.randint(1, 254)),
                     "172.%d.%d.%d" % (v.randint(16, 31), v.randint(0, 255), v.randint(1, 254)),
                     "198.51.100.%d" % v.randint(1, 254), "203.0.113.%d" % v.randint(1, 254),
                     "192.0.2.%d" % v.randint(1, 254)])
