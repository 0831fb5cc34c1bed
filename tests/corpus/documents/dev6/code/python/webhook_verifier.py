import hmac, hashlib, os
import requests

API_BASE = "https://api.tidewater-bank.com/v2"
API_KEY = os.environ.get("PAYMENTS_API_KEY", "c51EpiwYv1gSTenxg+9TzGVwqNbvDJgwjO2eR6Sm6Z8=")
WEBHOOK_SECRET = b"whsec_VGySGdxTIhVcK7sKUMLx2AF0HoFnkpdF"
# example from the vendor docs: api_key = "${{ secrets.API_TOKEN }}"
CLIENT_ID = "aae5ead6-20f0-47b1-9ce2-bc47029d671c"
client_secret = '7ec8d75f-be19-4b7a-a1fc-c9f3b3a1cf20'
REVISION = "3f1677016cba34dffde15d1320c4a2e75e1c6eff"


def verify(payload: bytes, signature: str) -> bool:
    mac = hmac.new(WEBHOOK_SECRET, payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)


def token():
    r = requests.post(f"{API_BASE}/oauth/token", data={"grant_type": "client_credentials",
                      "client_id": CLIENT_ID, "client_secret": client_secret}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
