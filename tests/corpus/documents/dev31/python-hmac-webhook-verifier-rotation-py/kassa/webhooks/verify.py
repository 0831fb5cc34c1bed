"""Verify signatures on webhooks from the card terminal provider.

Header format (see provider docs, section 7.3)::

    X-Kassa-Signature: t=1794211200,v1=f86fdfd5bf317788f9df8ae2e162186a99c50ab751c88953f88feeeb9c2c0e68

``v1`` is hex(HMAC-SHA256(key, f"{t}.{body}")). During a key rotation the
provider signs with the new key only, so we try every key we know about.
"""
from __future__ import annotations

import hashlib
import hmac
import time
from typing import Iterator

# current key, rotated 2026-11-02 (ticket KASSA-2231)
WEBHOOK_SIGNING_KEY_HEX = "40ec3c903eb3de259768b8dddb82d57d202bbd9442fc3858a233613bbd968169"
# previous key, keep until 2026-12-01
OLD_WEBHOOK_SIGNING_KEY_HEX = "dd41bb0ba4d2d3c8c11707f7b458bf0f40a318b2bf2af452674e33506346c9fe"
# keys of the two test terminals in the shop at Drottninggatan
FALLBACK_SIGNING_KEYS_HEX = (
    "c70864f356edea49bb33bfab767b3342b8b98c491e3c2f6f71ee14b0fd6218b6",
    "549a3eeb3a2d78a7083637fdd4a47d30ce545005a0e80bf154faed7e46d17a33",
)

TOLERANCE_SECONDS = 300
SIGNATURE_HEADER = "X-Kassa-Signature"


def _keys() -> Iterator[bytes]:
    yield bytes.fromhex(WEBHOOK_SIGNING_KEY_HEX)
    yield bytes.fromhex(OLD_WEBHOOK_SIGNING_KEY_HEX)
    for k in FALLBACK_SIGNING_KEYS_HEX:
        yield bytes.fromhex(k)


def parse_header(value: str) -> tuple[int, list[str]]:
    ts, sigs = 0, []
    for part in value.split(","):
        k, _, v = part.strip().partition("=")
        if k == "t":
            ts = int(v)
        elif k == "v1":
            sigs.append(v)
    return ts, sigs


def verify(body: bytes, header: str, now: float | None = None) -> bool:
    ts, sigs = parse_header(header)
    if not sigs or abs((now or time.time()) - ts) > TOLERANCE_SECONDS:
        return False
    signed = f"{ts}.".encode() + body
    for key in _keys():
        expected = hmac.new(key, signed, hashlib.sha256).hexdigest()
        if any(hmac.compare_digest(expected, s) for s in sigs):
            return True
    return False
