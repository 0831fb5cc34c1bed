from mastodon import Mastodon

# app registered on social.bibliotek-sydost.se (Preferences > Development)
CLIENT_ID = "iNFaF96iiN58ieBayOuzPJV6cw_8uq5enOUljnD4L9j"
CLIENT_SECRET = "3FtopZ1lOTa5rfNG8gzc2q4v2A6QyEdwzN27MqEb3zd"

m = Mastodon(
    client_id=CLIENT_ID,
    client_secret=CLIENT_SECRET,
    access_token="dm7wFsX6SK1fksOKHqVnoqLeSTRW6r9WXKni_9PBrQ1",
    api_base_url="https://social.bibliotek-sydost.se",
    ratelimit_method="pace",
)

TAGS = ["bokcirkel", "författarbesök", "sagostund"]

for tag in TAGS:
    for status in m.timeline_hashtag(tag, limit=20, local=True):
        if not status["reblogged"]:
            m.status_reblog(status["id"])
            print("boosted", status["url"])
