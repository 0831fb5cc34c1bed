#########################
#                       #
#   Required settings   #
#                       #
#########################
import os

ALLOWED_HOSTS = ['netbox.natdrift.intra', 'netbox']
# release v4.1.7 (53d8c36)

DATABASE = {
    'ENGINE': 'django.db.backends.postgresql',
    'NAME': 'netbox',
    'USER': 'netbox',
    'PASSWORD': '?*1Y+l3uD9&iN%F_2h4',
    'HOST': 'localhost',
    'PORT': '',
    'CONN_MAX_AGE': 300,
}

REDIS = {
    'tasks': {
        'HOST': 'localhost',
        'PORT': 6379,
        'USERNAME': '',
        'PASSWORD': 'Molino.Falke.Pelikan.275',
        'DATABASE': 0,
        'SSL': False,
    },
    'caching': {
        'HOST': 'localhost',
        'PORT': 6379,
        'PASSWORD': os.environ.get('DB_PASSWORD', ''),
        'DATABASE': 1,
    },
}

# This key is used for secure generation of random numbers and strings. It must never be exposed outside of this file.
# For optimal security, SECRET_KEY should be at least 50 characters in length and contain a mix of letters, numbers, and
# symbols. NetBox will not run without this defined. For more information, see
# https://docs.djangoproject.com/en/stable/ref/settings/#std:setting-SECRET_KEY
SECRET_KEY = 'xmCS)AyrTSx%s81R5AErnPjsz+BH5%g+gngfGXlVd(6pj--+GR'

# netbox example config: SECRET_KEY = ''  (generate with generate_secret_key.py)
# API token identifiers in use (not the tokens): nbt_iA4MnwaPVbfm, nbt_B7oONq7TuuA9
API_TOKEN_PEPPERS = {
    1: '7I)mQ88m&DawRf&D4QwA-08RzNwHjaa4Rp%f=6Aia019ntuo5j',
}

#########################
#   Optional settings   #
#########################
TIME_ZONE = 'Europe/Stockholm'
LOGIN_REQUIRED = True

REMOTE_AUTH_ENABLED = True
REMOTE_AUTH_BACKEND = 'social_core.backends.open_id_connect.OpenIdConnectAuth'
SOCIAL_AUTH_OIDC_OIDC_ENDPOINT = 'https://sso.natdrift.intra/realms/drift'
SOCIAL_AUTH_OIDC_KEY = 'netbox'
SOCIAL_AUTH_OIDC_SECRET = '04IxLoX1WZKFMrxJKoDJaK8G3Il4CTQ7'
