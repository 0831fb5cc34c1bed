# instance/config.py: not in git (see .gitignore)
SECRET_KEY = "1a3bf084d0ee6272dbbab748e7301c0ba3394fe4eb2f45c39e768cdefe9cdd07"
SECURITY_PASSWORD_SALT = "ne5Z1zErMdc4GytWqLczIS1DOUgZqR9W"
WTF_CSRF_SECRET_KEY = "da790d186e7276e0c1b1b733339bb958"
REMEMBER_COOKIE_SECRET = "vW32Hn35Vw5uo7AgA3nKjOmxD4yOHPVlwWVoM1at"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://medlem@10.2.0.5/medlemsregister"
MAIL_SERVER = "smtp.forening-mail.se"
MAIL_DEFAULT_SENDER = "noreply@forening-mail.se"
