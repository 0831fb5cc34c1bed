import uuid

from fastapi_users import BaseUserManager, FastAPIUsers, UUIDIDMixin
from fastapi_users.authentication import AuthenticationBackend, BearerTransport, JWTStrategy

from app.db import User, get_user_db

SECRET = "0ab02535c4d8bc2950e7ea7fd2ec5b8cbb4e9c1820eccd08efad9f27014ce8e7"


class UserManager(UUIDIDMixin, BaseUserManager[User, uuid.UUID]):
    reset_password_token_secret = "aGQ7WTN9nMBPujP3quqOZe5113rVULh5RBtoPrUI"
    verification_token_secret = "AGjpFW4wl777v5Mh4pK9StlsvNP5Wwr5oY8yJxaY"


async def get_user_manager(user_db=Depends(get_user_db)):
    yield UserManager(user_db)


bearer_transport = BearerTransport(tokenUrl="auth/jwt/login")


def get_jwt_strategy() -> JWTStrategy:
    return JWTStrategy(secret=SECRET, lifetime_seconds=3600)


auth_backend = AuthenticationBackend(name="jwt", transport=bearer_transport, get_strategy=get_jwt_strategy)
fastapi_users = FastAPIUsers[User, uuid.UUID](get_user_manager, [auth_backend])
