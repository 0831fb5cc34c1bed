# settings.py - Django settings for tatvasoft portal
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = 'IuEGwD9Hv2WItIrG8SDuYvjVGrZ3aOhSeTE0rrcddH0XF3W0'
DEBUG = False
ALLOWED_HOSTS = ['portal.tatvasoft.co.in']

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'portal',
        'USER': 'portal',
        'PASSWORD': 'uPNfL=FDrV18ycHSNOC^',
        'HOST': 'db.internal',
        'PORT': '5432',
    },
    'replica': {
        'ENGINE': 'django.db.backends.postgresql',
        'PASSWORD': os.environ.get('REPLICA_PASSWORD'),
    },
}

EMAIL_HOST = 'smtp.internal'
EMAIL_HOST_USER = 'noreply'
EMAIL_HOST_PASSWORD = 'Saffron-8184'

AWS_ACCESS_KEY_ID = 'AKIAGSO5I4DBMOB2K2SH'
AWS_SECRET_ACCESS_KEY = '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'
AWS_STORAGE_BUCKET_NAME = 'portal-media'
AWS_SES_ACCESS_KEY_ID = 'AKIACFKVUPL4ZXE4FGUJ'
AWS_SES_SECRET_ACCESS_KEY = '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'
CELERY_BROKER_URL = 'amqp://portal:tSntY7FhXEORaaX8@rabbitmq.internal:5672//'
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = '649MMM6nap6cdeUp7OSawPlW'
