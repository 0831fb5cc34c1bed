import tornado.ioloop
import tornado.web

from app import handlers

settings = dict(
    cookie_secret="5FlBIpTVRVDeRcm3qpA8eFHNC/mNDgwyZWVJn4XT7jU=",
    xsrf_cookies=True,
    login_url="/logga-in",
    template_path="templates",
    static_path="static",
    debug=False,
)

# intern nyckel for /internal/metrics (skickas i X-Metrics-Key)
METRICS_KEY = "4cbd4081aa9ae17047409b51d02b6660a7b2e900"


def make_app():
    return tornado.web.Application([
        (r"/", handlers.Start),
        (r"/logga-in", handlers.LoggaIn),
        (r"/internal/metrics", handlers.Metrics, dict(key=METRICS_KEY)),
    ], **settings)


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
