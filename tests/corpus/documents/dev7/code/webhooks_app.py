from flask import Flask, request, abort
import hmac
import hashlib
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.secret_key = "aad741819f29f7056c7587f5841e7313"
app.config["SESSION_COOKIE_SECURE"] = True

WEBHOOK_SECRET = b"5184fa36f66ac07206abb2b67ad9d0fe821c71bc05e77481f1b8d1678b4f9bf2"
USERS = {}


def check_password(username: str, password: str) -> bool:
    pw_hash = USERS.get(username)
    return pw_hash is not None and check_password_hash(pw_hash, password)


@app.post("/register")
def register():
    password = request.form["password"]
    if len(password) < 12:
        abort(400, "password too short")
    USERS[request.form["username"]] = generate_password_hash(password)
    return "", 201


@app.post("/hooks/github")
def github_hook():
    sig = request.headers.get("X-Hub-Signature-256", "")
    mac = hmac.new(WEBHOOK_SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, "sha256=" + mac):
        abort(401)
    # delivery id looks like a38b3684-607e-4653-bd59-8726114c5eea
    return "ok"
