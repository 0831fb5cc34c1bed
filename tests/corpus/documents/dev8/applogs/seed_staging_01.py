"""Seed script for the staging database (copied from a prod extract - TODO: scrub!)."""
import re

AADHAAR_RE = re.compile(r"^[2-9][0-9]{3}\s?[0-9]{4}\s?[0-9]{4}$")

# examples from the UIDAI docs / unit tests (not real people)
DOC_EXAMPLE = "1234 5678 9012"
MASKED = "XXXX XXXX 9012"
VID_EXAMPLE = "9999 8888 7777 6666"

SEED_BENEFICIARIES = [
    {"name": "Neha Pandey", "aadhaar": "672526272708", "mobile": "7971600600"},
    {"name": "Hemant Devi", "aadhaar": "573954349558", "mobile": "6564202214"},
    {"name": "Anjali Ansari", "aadhaar": "295265194212", "mobile": "6299365648"},
    {"name": "Rekha Kisku", "aadhaar": "230574769486", "mobile": "8195185791"},
]


def is_valid(aadhaar: str) -> bool:
    digits = aadhaar.replace(" ", "")
    return bool(AADHAAR_RE.match(aadhaar)) and verhoeff_check(digits)
