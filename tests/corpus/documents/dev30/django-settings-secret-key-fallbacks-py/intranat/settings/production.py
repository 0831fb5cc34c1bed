from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["intranat.akeriet.se", "10.4.1.20"]

SECRET_KEY = "z7x_n)^se3x_!+i!vg!yi()(u#ycj+p(cvr*(3c9rxz8!h29i%"
SECRET_KEY_FALLBACKS = [
    "qiqdhz!ocdx!4a$lo#xpb2di!#)%yvox(otbwug202qj_%$689",
    "xfpth50=!%v71nx^_&(z@ruj935wr798b*eh7ao=893x$7=q12",
]

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=7),
    "ALGORITHM": "HS512",
    "SIGNING_KEY": "iiAizfa32c5wU7JlEhC9Rx1SRe5yPJkLwI2ZwMKQPvt7ENCAQLFWQ5IqU7EAYfQw",
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://intranat.akeriet.se"]
