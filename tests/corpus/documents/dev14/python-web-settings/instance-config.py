# instance/config.py -- loaded with app.config.from_pyfile('config.py', silent=True)
import os

SECRET_KEY = "e2f241dc1d465a35b9ae6c4d3e1d33baa6974dffc0cfcd54375fb80ae44016f5"
SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///instance/app.db")
SECURITY_PASSWORD_SALT = "nrs4O8lwRPjv8GhCDorztGcj4Fz3klAh"
SECURITY_PASSWORD_HASH = "argon2"
MAIL_SERVER = "smtp.example.org"
MAIL_PORT = 587
MAIL_USE_TLS = True
MAIL_USERNAME = "noreply@example.org"
MAIL_PASSWORD = "FsAt.qJnOy^lK7RDW/q"
LDAP_BIND_USER_DN = "cn=flask,ou=svc,dc=example,dc=org"
LDAP_BIND_USER_PASSWORD = r'a3drh1I1+8~;b616IiT'
WTF_CSRF_SECRET_KEY = os.environ["CSRF_KEY"]
STRIPE_PUBLISHABLE_KEY = "pk_live_Gp1LhtYRDDlCuz9ZF0Qe8nh2"
RECAPTCHA_PRIVATE_KEY = "6LelnN9mj21ZQJbjlgAMsr-CGs1QW5UsqosaYXCx"
ADMIN_PASSWORD = None  # set via `flask create-admin`
