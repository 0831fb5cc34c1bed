from cryptography.fernet import Fernet, MultiFernet

# newest first; drop the last one after the 2026-03 re-encryption run
KEYS = [
    "nJalurYhnJicBrKkZbSfZWU0v3EGOYvMQ1ibOm0lG5U=",
    "VIvIARms3Q2T0Y_CDmmM0mAStKqvOs0ksBlendeGdM8=",
]

_f = MultiFernet([Fernet(k) for k in KEYS])


def encrypt(value: str) -> str:
    return _f.encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    return _f.decrypt(token.encode()).decode()


def rotate(token: str) -> str:
    return _f.rotate(token.encode()).decode()
