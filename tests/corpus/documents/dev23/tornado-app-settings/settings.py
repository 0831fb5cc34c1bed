"""Tornado application settings for the kiosk backend (see app.py: tornado.web.Application(**settings))."""
import os

BASE = os.path.dirname(__file__)

settings = dict(
    debug=os.environ.get("KIOSK_DEBUG") == "1",
    template_path=os.path.join(BASE, "templates"),
    static_path=os.path.join(BASE, "static"),
    xsrf_cookies=True,
    cookie_secret=os.environ.get("KIOSK_COOKIE_SECRET", "mHF04+U2pZrzAYtQlCiqAnA7ePG0LNxzit70gwAwwnI="),
    login_url="/login",
    # "Sign in with X" for the visitor guestbook
    twitter_consumer_key="Bs8Jc0U2CGRFMLBbEOhIxEWbL",
    twitter_consumer_secret="eRvOi2ea82jsqcwQYBTVuB90SFNOhVKvGi2WRdzV73Y44x8dFu",
    websocket_ping_interval=20,
    compress_response=True,
)

DB_DSN = os.environ.get("KIOSK_DB", "sqlite:///var/lib/kiosk/kiosk.db")
