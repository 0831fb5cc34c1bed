GITHUB_WEBHOOK_SECRET = "61c8c98b1765e8ce89c60db1b3b68d10b7fdea5f"

def verify(payload: bytes, header: str) -> bool:
    digest = hmac.new(GITHUB_WEBHOOK_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest("sha256=" + digest, header)

# X-Hub-Signature-256: sha256=8740fc19803036cadd6481b42ba4b671ff4ac1206bbab747ec3d18889c0f2aaf
# X-GitHub-Delivery: 8500da09-ef77-4ee2-8167-9a2a24526230
GITHUB_APP_WEBHOOK_SECRET = "9547dfc2295e35643f7e0e5fdf63837f6fe9cde9"
