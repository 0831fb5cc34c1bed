"""Password policy helpers (no secrets here)."""
import os
import bcrypt

PASSWORD_MIN_LENGTH = 12
PASSWORD_HISTORY = 5


def check(password: str) -> bool:
    return len(password) >= PASSWORD_MIN_LENGTH and not password.isdigit()


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))


DB_PASSWORD = os.environ["DB_PASSWORD"]
password = get_password_from_vault("db/app")
example_hash = "$2b$12$hjgALpKSrls7b7ismLI4NhqYTDjnpELsUfOW71ST.oolNFdGTMdyA"
