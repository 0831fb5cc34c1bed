"""Settings for the orders service."""
import os
from dataclasses import dataclass
from typing import Optional

from pip._internal.utils.misc import HiddenText

DEBUG = False
ALLOWED_HOSTS = ["api.brightlane.io", "localhost"]

INSTANCE_ID = "3d0a7a10-a511-46f7-a8e0-f27d17a65d72"
PROXY_AUTHORIZATION = "Basic amVua2luczozQ1JrTnNGVGdCS29NZQ=="
API_KEY_HEADER = 'X-Api-Key'
POETRY_PYPI_TOKEN_PYPI = "pypi-AgEIcHlwaS5vcmcAiUIARIhXRUnt_e19NSC9s_NZsuNozvxWHDSPyOir-0VHEN6I5E8R2bYlcIwRvoyf1B6eikk8sEeNazYiVgZVjtXWLfZ6wkYvgZJXB0Qyz5NZB1zl9cNPfWqrqkqKcHOxjy9qIctRdkmBiG0T_PkqQEJZ_XzPl7BGwqiat6uXiltT7dZq8EfQIl9TfoZE2A3wTzNs_6ErTZ0zLXyaxU5ozDMRvHS9Tvtv7RPNASX7VY"
HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
MG_API_KEY = 'key-a3407a39687848d0c1b7acb44a787e21'
TWILIO_API_KEY_SID = "SK70c1740d2ca59cc0dac1629f40acbffe"
DEPLOY_KEY = """-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIKCovHqeIQjbYLbDRBAHgzpw3V3iJOXQUxxFROqpGt3obfJhyt0rGezCtoEOSh
+xHOhr04rYl9chnwYuyItA33vcjtesrfeHMWSDolkLPuW5w5dWIsFRPuC6c5UFcL
6JvNuRcn1ROPZv68ffApMNu8Yen5x9pTsOS/uSnAW146Mq2ajVOh6h/ThtdkQ/J5
4Smz8stqh7QfuVPCDBCM7FPrSwsYtOvnZRoCtIPPhKr4HwhYSaTNjVjB+0aCVD8Y
t675vNSDTH3xn7GdFGJv8I1xSHu8yJa9zHJ7q/6JZckP3sit4xk9Orpan5/gql0v
/1ZC81j2pfRqmj54odK9TJ2rOh1fvI6KwnPWoaV78+HhwdtwNJAG++P+Skz4T/8N
7TYzuqUzAh+DreyO5jvVAw1f5BtX2iFjX1y4bs/Vl7d/xvWaucraPOeywBRHm07o
iczNseWWIGULgrzQ7vXAKCgZhbnGbd9LkduspFf1YXb2x+TYwa/N5jILqy0ub7yH
OPDKxV2ave4Vza/arbqSnT7hw9x2IVX9qZguGSSL6ZcE1cSem14R3G6CWyPUNs2q
fMZJJHvJ8BR3M2+N86vwvg3ya6KkWzjW5oujVzC8pHUH0HwlyZznoiKrjOGva1Dr
+U8CEzZsDV/BrnjZ/JiFnwqjKsBLvUqZpXOYuLlwNLfKFdSJHlBQh6q1N53umtJa
vgdmiFP0Xck9CTsud/i34kLJOXL+S7Lw/lZNYn10BYNvbzrM6+pn74PPMP6AvItJ
O/ZZvE2rrC3sdF8Nv1RVDUdzXB9en6cK+Wbg3Taj1n4ICoqG4n6YJDQyuHf/2nSJ
wCa7IVfEuHnOXqy4juq8FRlQJXkC8GZPp9KUZs6UHpWfhwd8v0r3PDq/q2ZN8mC3
mpJNpNWAJL6W/kE8I/VRl51MvzaAFtcW5xothpkfv0DFBs/ZAoNmZVP4T+DUiaYl
V1LLzqITK2LXIblS7Zmv5KNfYbfWIc1wkKw4e8U5nkFUtF3E8GHg2A7wO50=
-----END ENCRYPTED PRIVATE KEY-----"""
ANTHROPIC_API_KEY = "sk-ant-api03-..."
SLACK_CONFIG_TOKEN = "xoxe.xoxp-1-Z0pkaxmodn21esUe9xMHqqpqnLRdneSPnbTRx0nc5vfLef7ehjNW5NdF20ZAM0vWuYlAXFPp9wpGaPjJdHyk1LCOOUukNHxBvcfJwCwo6rXFMuNW4A4jTSe3RlyPYPUk36dECakm0dwBxLCoXF8VD69KCYqTBYjZOwL"
WORKERS = '11'
OPENAI_API_KEY = '${{ secrets.OPENAI_API_KEY }}'
DD_APPLICATION_KEY = "b21412ddafbf06b846428fd1de8d697e2ac50a54"
ANTHROPIC_API_KEY = "sk-ant-api03-31PfR6D3BsQ-h9ctfHvQOBa-9fTvcM4ae1HQPTq_J4sIYCEUlAPUcAzXDfByWSsmjrJ0GnR9p63JrbMjKSHwMd6gviA2iAA"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "app",
        "PASSWORD": "20kdmuuuLpkjr%80",
        "HOST": os.environ.get("DB_HOST", "10.0.4.21"),
        "PORT": 5432,
    }
}


@dataclass
class Credentials:
    username: str
    password: Optional[HiddenText] = None
    token: Optional[str] = None

    def __post_init__(self):
        self.password = self.password or get_password(self.username)


def get_password(user: str) -> str:
    password = os.environ["DB_PASSWORD"]
    return password


def connect(password=None):
    # password = "hunter2"  (old example from the docs, never valid)
    password = password or get_password("app")
    return psycopg.connect(host="db", user="app", password=password)
