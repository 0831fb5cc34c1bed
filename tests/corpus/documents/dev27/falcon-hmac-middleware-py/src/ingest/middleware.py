import hashlib
import hmac
import time

import falcon

# One shared secret per sender. Rotated in PLAT-1880.
SENDER_SECRETS = {
    "vagnpark": b"513bf9b5b72a054e701bd508aa9a329f4f852592845ee680c3664d88f18013db",
    "laddstolpe": b"vIPX7+eQyKqvOsEgsc8k3DnaUS4JvgN0pMuumGfA5QQ=",
    # "gamla-kassan": b"",  # decommissioned
}
MAX_SKEW = 300


class HmacAuth:
    def process_request(self, req, resp):
        sender = req.get_header("X-Sender")
        ts = req.get_header("X-Timestamp")
        sig = req.get_header("X-Signature")   # hex(hmac_sha256(secret, ts + body))
        if not (sender and ts and sig) or sender not in SENDER_SECRETS:
            raise falcon.HTTPUnauthorized(description="missing signature")
        if abs(time.time() - int(ts)) > MAX_SKEW:
            raise falcon.HTTPUnauthorized(description="stale request")
        body = req.bounded_stream.read()
        req.context.raw_body = body
        expected = hmac.new(SENDER_SECRETS[sender], ts.encode() + body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, sig):
            raise falcon.HTTPUnauthorized(description="bad signature")

# Example from the sender docs (computed with the documentation secret "s3cr3t"):
# X-Timestamp: 1768900000
# X-Signature: f740523f06dba8a556e6f35e6e886c50cd54217ecde3162113c59fef29e5ed65
