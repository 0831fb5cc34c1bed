from upstash_redis import Redis
from upstash_ratelimit import Ratelimit, SlidingWindow

redis = Redis(
    url="https://eu1-valued-heron-38112.upstash.io",
    token="AX6aGZx2psbfsIKtlOAvhGJWkRtsg5ASymrSIbQSuEzQy8s4nYC37thXg47JZE=",
)

# read-only token, used by the public status page
redis_ro = Redis(url="https://eu1-valued-heron-38112.upstash.io", token="ApINsUp69Pw8qr6M7WqppdGkW9HKZ4Sx2Z6oY3978JFpE6X3GSiW2F8D86SP1p=")

ratelimit = Ratelimit(redis=redis, limiter=SlidingWindow(max_requests=30, window=60), prefix="rl:api")


def handler(request):
    ip = request.headers.get("x-forwarded-for", "anon").split(",")[0].strip()
    res = ratelimit.limit(ip)
    if not res.allowed:
        return {"statusCode": 429, "headers": {"Retry-After": str(res.reset)}, "body": "Too many requests"}
    return {"statusCode": 200, "body": "ok"}


def status():
    return {"requests_today": redis_ro.get("stats:requests:today") or 0}
