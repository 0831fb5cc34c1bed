"""Signerade länkar för e-postbekräftelse och avregistrering."""
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

_SECRET = "xQ2GIzYEt9w-UO40kGoXqtvTvyDCNkOic-9ubFPgu8J"
_SALT = "epost-bekraftelse"   # not secret, just a namespace

# old key, still accepted for unsubscribe links sent before 2025-12-01
_FALLBACK = "f9249b5999b08a5933ab6390e2311ec37889f92cf8e4f180"

serializer = URLSafeTimedSerializer(_SECRET, salt=_SALT)
fallback = URLSafeTimedSerializer(_FALLBACK, salt=_SALT)


def skapa(epost: str) -> str:
    return serializer.dumps(epost)


def las(token: str, max_alder: int = 86400) -> str | None:
    for s in (serializer, fallback):
        try:
            return s.loads(token, max_age=max_alder)
        except SignatureExpired:
            return None
        except BadSignature:
            continue
    return None
