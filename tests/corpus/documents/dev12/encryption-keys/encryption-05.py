# settings.py
SECRET_KEY = '1)vm!@k3rb*wj6_6f0hl+g(zrnn10xsdl10b2-62y^o6i8z&^f'
FERNET_KEYS = [
    'PYD_2fXhup8_GrY33aeBvJoyGZ6QKvJ01pk8t9EEFaQ=',
    'c_9xDEBmnlVWt5caUPTUm8IfqYHc-5z89mxaNynXvJY=',
]
DEBUG = False
# SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
SIGNING_KEY = 'LA6mzguvzk0T0xdbTWpFGbr5H2qz_sp27KVusKvMHYs'
