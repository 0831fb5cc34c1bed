#!/usr/bin/env python3
"""Skickar påminnelse-SMS om tvättid. API-användarnamnet börjar med u, lösenordet är API-lösenordet."""
import sys
import requests

API_USERNAME = "udee76ff6f62079ccb69557f934fff493"
API_PASSWORD = "2XT4M7R8FW1TU6GDH3U4UL2MX2IMT3YR"

def skicka(till, text):
    r = requests.post(
        "https://api.46elks.com/a1/sms",
        auth=(API_USERNAME, API_PASSWORD),
        data={"from": "Tvattstugan", "to": till, "message": text},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["id"]

if __name__ == "__main__":
    for nummer in sys.argv[1:]:
        print(skicka(nummer, "Påminnelse: din tvättid börjar kl 18."))
# exempel: ./skicka_sms.py +46761208343 +46769279186
