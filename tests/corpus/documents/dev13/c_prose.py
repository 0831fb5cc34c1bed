"""Chat prose in several languages (Matrix/Element room export) with tokens, AWS keys and look-alikes."""
import json
from values import *
from c_aws import kp, sess


def matrix():
    begin("matrix-export/room-platform-ops.json")
    msgs = []
    users = ["@saga:trellbrook.com", "@lukas.becker:trellbrook.com", "@chloe:trellbrook.com", "@mateo:trellbrook.com", "@priya:trellbrook.com"]

    def m(body):
        msgs.append({"type": "m.room.message", "sender": pick(users), "origin_server_ts": epoch() * 1000 + R.randint(0, 999),
                     "event_id": "$" + b64u(43), "content": {"msgtype": "m.text", "body": body}})

    for i in range(6):
        tok, cat = bearer_any()
        m(pick(["use this bearer token for the staging API until SSO is fixed: ", "here's a fresh bearer token (expires in 1h): ",
                "temporary bearer: "]) + lab(cat, tok))
        tok, cat = bearer_any()
        m(pick(["Här är bearer-tokenet till testmiljön: ", "Nytt token (Bearer) för rapport-API:t: "]) + lab(cat, tok) + " – radera meddelandet sen!")
        tok, cat = bearer_any()
        m(pick(["Das Bearer-Token für den Export lautet ", "Hier das Zugriffstoken (Bearer): "]) + lab(cat, tok) + ", bitte nicht weitergeben.")
        tok, cat = bearer_any()
        m(pick(["Le jeton Bearer pour la recette : ", "Token d'accès (Bearer) : "]) + lab(cat, tok))
        tok, cat = bearer_any()
        m(f"curl -H 'Authorization: Bearer {lab(cat, tok)}' https://staging-api.trellbrook.com/v1/health funkar för mig")
    for i in range(9):
        kid, sk = kp()
        m(pick([f"AWS keys for the sandbox account: access key {kid} secret {sk}",
                f"Nyckel-id {kid}, hemlig nyckel {sk} (sandlådan, roteras fredag)",
                f"Zugangsschlüssel: {kid} / geheimer Schlüssel: {sk}"]))
        m(pick([f"the S3 object checksum was {look(content_hash40())}, matches the manifest",
                f"commit {look(sha1())} fixed it", f"request id {look(uid())} in CloudWatch",
                f"the docs example {look('AKIAIOSFODNN7EXAMPLE')} won't work, use your own key"]))
    kid = lab("aws-access-key-id", aws_id("ASIA"))
    sk = lab("aws-secret-key", aws_secret())
    st = sess()
    m(f"export AWS_ACCESS_KEY_ID={kid}\nexport AWS_SECRET_ACCESS_KEY={sk}\nexport AWS_SESSION_TOKEN={st}")
    m(f"token looks like {look('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9')}… (only the header, rest redacted)")
    m(f"jwt.io sample for the slides: {look(JWTIO)}")
    m(f"Bearer {look('REDACTED')} — removed by bot")
    _, p1 = phone("SE")
    m(f"On-call this week: ring mig på {lab('phone', p1)} om PagerDuty strular")
    _, p2 = phone("DE")
    m(f"Bereitschaft: {lab('phone', p2)} (Lukas)")
    msgs.sort(key=lambda x: x["origin_server_ts"])
    end(json.dumps({"room_name": "#platform-ops", "room_creator": "@saga:trellbrook.com", "topic": "prod is fine", "export_date": "2026-11-30",
                    "exported_by": "@saga:trellbrook.com", "messages": msgs}, indent=4, ensure_ascii=False) + "\n")


def run():
    matrix()
