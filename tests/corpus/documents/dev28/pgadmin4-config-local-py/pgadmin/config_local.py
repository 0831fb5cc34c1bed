# config_local.py -- pgAdmin 4 (server mode) on dba-tools01
import os

SERVER_MODE = True
DEFAULT_SERVER = '0.0.0.0'
DEFAULT_SERVER_PORT = 5050
DATA_DIR = '/var/lib/pgadmin'
LOG_FILE = '/var/log/pgadmin/pgadmin4.log'

# Secret key for signing CSRF data / session cookies
SECRET_KEY = 'IfgAC9iFNajN7EOIVpipyd0MAESqOHLq22ErKct6VYn'
# Salt used when hashing user passwords
SECURITY_PASSWORD_SALT = 'pBKQWRU2MYPTN1yfG2Xd0Xt3kvOYZF59oHs_2JJn0SB'

# configuration db on postgres instead of sqlite
CONFIG_DATABASE_URI = 'postgresql://pgadmin:QVU6eLvDTOwZxZkHhhKLf@pg-tools.lan:5432/pgadmin'

MAIL_SERVER = 'smtp.dbadrift.lan'
MAIL_PORT = 587
MAIL_USE_TLS = True
MAIL_USERNAME = 'pgadmin'
MAIL_PASSWORD = os.environ.get('PGADMIN_MAIL_PASSWORD')

AUTHENTICATION_SOURCES = ['ldap', 'internal']
LDAP_SERVER_URI = 'ldaps://ldap.dbadrift.lan:636'
LDAP_BIND_USER = 'cn=pgadmin,ou=svc,dc=dbadrift,dc=lan'
LDAP_BIND_PASSWORD = 'cxW#=io2,uugD0NnlZ'
LDAP_BASE_DN = 'ou=people,dc=dbadrift,dc=lan'
# build 19f9a4b4a6
