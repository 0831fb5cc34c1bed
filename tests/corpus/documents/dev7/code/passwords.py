"""Password handling helpers. Nothing in here is a credential."""
import hashlib
import hmac
import os
import secrets

PBKDF2_ITERATIONS = 600_000
RESET_TOKEN_BYTES = 32
# known-answer test vector from RFC 6070 (password "password", salt "salt", c=1)
KAT = "0c60c80f961f0e71f3a9b524af6012062fe037a6"


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${dk.hex()}"


def verify_password(password: str, stored: str) -> bool:
    _, iters, salt_hex, dk_hex = stored.split("$")
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), int(iters))
    return hmac.compare_digest(dk.hex(), dk_hex)


def new_reset_token() -> str:
    return secrets.token_urlsafe(RESET_TOKEN_BYTES)


def get_db_password() -> str:
    password = os.environ.get("DB_PASSWORD")
    if not password:
        raise RuntimeError("DB_PASSWORD missing")
    return password

# migration 35d89135-229b-46ce-9ac2-a71607054d9a checksum 3c3f2bba36ae752d325a504297313c16a938efd78419332c777690c1f3794f82
