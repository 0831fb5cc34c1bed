#!/usr/bin/env python3
"""Download tomorrow's ferry timetable (no third-party deps, runs on the kiosk)."""
import datetime
import json
import urllib.request

URL = "https://api.faergetrafik-intern.dk/v1/departures?route=HEL-HBG&date={}"
HEADERS = {
    "Authorization": "Bearer rf_933Cem5sGQeYEzgrNLYj9kPxKsPp-R2kJ3Ms3",
    "User-Agent": "kiosk-timetable/2.0",
}

tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
req = urllib.request.Request(URL.format(tomorrow), headers=HEADERS)
with urllib.request.urlopen(req, timeout=15) as resp:
    data = json.load(resp)

with open("/var/lib/kiosk/timetable.json", "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
print(len(data["departures"]), "departures for", tomorrow)
