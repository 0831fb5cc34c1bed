#!/usr/bin/env python3
"""Liten bokningssida för bastun vid sjön (Bottle 0.13)."""
import json
from bottle import Bottle, request, response, run, abort

app = Bottle()

COOKIE_SECRET = "IEtp8yJtBIZn1iB1LzftTcTKSskFilHicu682V1l"
# API-nyckel som bokningsskärmen vid bryggan skickar i X-Api-Key
SCREEN_API_KEY = "44a257239c6dc27518ab8eb42a546a66"
BOOKINGS_FILE = "/srv/bastu/bokningar.json"


@app.get("/")
def index():
    name = request.get_cookie("namn", secret=COOKIE_SECRET)
    return {"hej": name or "gäst"}


@app.post("/login")
def login():
    response.set_cookie("namn", request.forms.getunicode("namn"), secret=COOKIE_SECRET, max_age=86400)
    return {"ok": True}


@app.get("/api/bokningar")
def bokningar():
    if request.headers.get("X-Api-Key") != SCREEN_API_KEY:
        abort(401, "fel nyckel")
    with open(BOOKINGS_FILE, encoding="utf-8") as f:
        return json.load(f)


if __name__ == "__main__":
    run(app, host="0.0.0.0", port=8080, server="waitress")
