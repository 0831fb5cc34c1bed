#!/usr/bin/env python3
"""Decrypt the nightly member export from the booking system and re-encrypt
it with our own Fernet key before it lands in the data lake."""
import hashlib
import sys
from pathlib import Path

from Crypto.Cipher import AES
from cryptography.fernet import Fernet

# AES-256-GCM key agreed with the booking system vendor (INT-207)
VENDOR_KEY = bytes.fromhex("815934989fb61c66f2737ea2924130def34d50bb9cbec53315b160c9e77b4378")
LAKE = Fernet(b"DEa3WmXdMoPfsqScEasRqhBIiMVHFADXViDHiA8xAqQ=")

# sha256 of the sample file in tests/fixtures, used by the smoke test
SAMPLE_SHA256 = "20fa9eb36953f9b7002b22f7bfde73617dbc3538b7ccffbb7cfd5ee26a9e1145"


def decrypt(blob: bytes) -> bytes:
    nonce, tag, ct = blob[:12], blob[12:28], blob[28:]
    cipher = AES.new(VENDOR_KEY, AES.MODE_GCM, nonce=nonce)
    return cipher.decrypt_and_verify(ct, tag)


def main(src: str, dst: str) -> None:
    raw = Path(src).read_bytes()
    plain = decrypt(raw)
    Path(dst).write_bytes(LAKE.encrypt(plain))
    print(f"{src}: {len(plain)} bytes, sha256 {hashlib.sha256(plain).hexdigest()}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
