import base64

from aiohttp import web
from aiohttp_session import setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from cryptography import fernet

FERNET_KEY = b"lD5j6S_exu9k2FqswwkWpVac0YybQz1kJRyR-IOQoo0="


def create_app():
    app = web.Application()
    f = fernet.Fernet(FERNET_KEY)
    setup(app, EncryptedCookieStorage(f, cookie_name="SKOLA_SESSION", max_age=3600))
    app.router.add_get("/", index)
    return app


async def index(request):
    return web.Response(text="ok")


if __name__ == "__main__":
    web.run_app(create_app(), port=8080)
