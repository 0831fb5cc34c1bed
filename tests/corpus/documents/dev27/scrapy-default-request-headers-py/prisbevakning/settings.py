# Scrapy settings for prisbevakning project
#
# For simplicity, this file contains only settings considered important or
# commonly used. You can find more settings consulting the documentation:
#
#     https://docs.scrapy.org/en/latest/topics/settings.html

BOT_NAME = "prisbevakning"

SPIDER_MODULES = ["prisbevakning.spiders"]
NEWSPIDER_MODULE = "prisbevakning.spiders"

USER_AGENT = "prisbevakning (+https://www.prisbevakning-norr.se/bot)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 1.5

# Partner API (grossistens katalog) kräver token i varje anrop
DEFAULT_REQUEST_HEADERS = {
    "Accept": "application/json,text/html;q=0.9,*/*;q=0.8",
    "Accept-Language": "sv",
    "Authorization": "Bearer 8TkNmSYFyeGJ2LL7OINfAPT485NuiZwOBdQe5ccq",
}

ITEM_PIPELINES = {
    "prisbevakning.pipelines.PostgresPipeline": 300,
}

POSTGRES_DSN = "postgresql://scrapy:1pymPaBeGXvDG20l@db.prisbevakning.local:5432/priser"

# Zyte / proxy (se docs/proxy.md); nyckeln nedan är för utvecklingskontot
ZYTE_API_KEY = "bc03b49f6fa6f991d39582853b921733"
ZYTE_API_TRANSPARENT_MODE = False

FEEDS = {
    "s3://prisdata-exports/%(name)s/%(time)s.jsonl": {"format": "jsonlines"},
}
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
