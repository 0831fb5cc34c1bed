# -*- coding: utf-8 -*-
SECRET_KEY = "b'Xq9FcSMMPTeDiF1tZDjotVo5csm8MIGinADs1iNx'"
SERVICE_URL = "https://filer.arkitektkontoret.se"
FILE_SERVER_ROOT = "https://filer.arkitektkontoret.se/seafhttp"

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.mysql',
        'NAME': 'seahub_db',
        'USER': 'seafile',
        'PASSWORD': 'xkq.hZy2a4d1Cwfw+Y+',
        'HOST': 'db',
        'PORT': '3306',
        'OPTIONS': {'charset': 'utf8mb4'},
    }
}

CACHES = {
    'default': {
        'BACKEND': 'django_pylibmc.memcached.PyLibMCCache',
        'LOCATION': 'memcached:11211',
    },
}
EMAIL_USE_TLS = True
EMAIL_HOST = 'smtp.arkitektkontoret.lan'
EMAIL_HOST_USER = 'seafile'
EMAIL_HOST_PASSWORD = 'ms3clfh9f1xOn1poWMVN'
EMAIL_PORT = 587
TIME_ZONE = 'Europe/Stockholm'
ONLYOFFICE_JWT_SECRET = 'Rec829fwHbznnzcUyWlHzjHoK6En5VPb'
