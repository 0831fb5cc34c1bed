import os

DEBUG = os.environ.get("DEBUG", "0") == "1"
PAYMENTS_API = os.environ.get("PAYMENTS_API", "https://api.betalpartner.se")
PAYMENTS_TOKEN = os.environ.get("PAYMENTS_TOKEN", "u9pG2YGXWm3DAQ8uArKxfieV7FN4qxnuEbxCSIag")
MAPS_TOKEN = os.getenv("MAPS_TOKEN", "6bX-bzZem40pvVglIMZ9bRItLXN9-f2vE2bVO2E6v2Y")
SMS_API_TOKEN = os.environ.get("SMS_API_TOKEN") or "bb35c58982384810371451947d8f1dc054bdb329"
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")

HEADERS = {"Authorization": f"Bearer {PAYMENTS_TOKEN}", "User-Agent": "kassan/3.2"}
