from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

ADMIN_API_KEY = "xzcpIcFaeH94wGkvjK86MaYPeo7LsauGQ2jd74mz"


async def health(request):
    return JSONResponse({"status": "ok"})


async def admin(request):
    if request.headers.get("x-api-key") != ADMIN_API_KEY:
        return JSONResponse({"error": "forbidden"}, status_code=403)
    return JSONResponse({"sessions": 0})


app = Starlette(
    routes=[Route("/health", health), Route("/admin", admin)],
    middleware=[Middleware(SessionMiddleware, secret_key="aa6f46cdaa15c35e27afdccf40d4af19a6092c3b4e3ac5769a413f72bf37d96c", https_only=True)],
)
