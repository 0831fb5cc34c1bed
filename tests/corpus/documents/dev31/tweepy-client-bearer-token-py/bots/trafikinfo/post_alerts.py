import os
import time

import requests
import tweepy

# App-only client for reading mentions (OAuth 2.0 bearer token)
reader = tweepy.Client(bearer_token="AAAAAAAAAAAAAAAAAAAAAfhsTs9zvAAAAAAA6JhcXkdl6FYCIxOwC2TQ%2BWKozasrH2LiA%3DiHidTYq1GWehYS9k0d1WBEjhY9NjiSfgiGylx77sh86ehGZhDS", wait_on_rate_limit=True)

# User-context client for posting as @trafikinfo_sthlm (OAuth 1.0a)
poster = tweepy.Client(
    consumer_key="JPlRQ4A4DIJ5Or168WpBPR4Cj",
    consumer_secret=os.getenv("X_CONSUMER_SECRET", "NboJM0GEGSl1xfpuXE1Gsc4LMIOy1FkSfKyuKyrUlhH1shhfrL"),
    access_token="4008122250441032885-eT5OtMRADsSzWHcNWiaCXdk8sooSAY",
    access_token_secret="5UcueY5TRQtOCokUzsZ4CKKZzTkqmmvvIdVdY03XzSZnl",
)

FEED = "https://api.trafikinfo-intern.se/v1/alerts?region=AB&severity=high"
SEEN: set[str] = set()


def poll() -> None:
    for alert in requests.get(FEED, timeout=10).json()["alerts"]:
        if alert["id"] in SEEN:
            continue
        text = f"{alert['road']}: {alert['message']} ({alert['updated'][11:16]})"
        poster.create_tweet(text=text[:280])
        SEEN.add(alert["id"])


if __name__ == "__main__":
    me = reader.get_user(username="trafikinfo_sthlm")
    print("posting as", me.data.id)
    while True:
        poll()
        time.sleep(120)
