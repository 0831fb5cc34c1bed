#!/usr/bin/env python3
"""Weekly cost report: droplets and volumes per team."""
import csv
import sys

from pydo import Client

TEAMS = {
    "webb": Client(token="dop_v1_af50b86ef49619182bae1c3e813118fb509468876f3ad813f44cdad2429a1a9d"),
    "data": Client(token="dop_v1_3c4b2b10b69dd8160ccbaea516a6d9d0437d315d4a0c8116608fca54253710af"),
}

w = csv.writer(sys.stdout)
w.writerow(["team", "kind", "name", "region", "size", "monthly_usd"])
for team, client in TEAMS.items():
    for droplet in client.droplets.list(per_page=200)["droplets"]:
        w.writerow([team, "droplet", droplet["name"], droplet["region"]["slug"],
                    droplet["size_slug"], droplet["size"]["price_monthly"]])
    for vol in client.volumes.list()["volumes"]:
        w.writerow([team, "volume", vol["name"], vol["region"]["slug"], f'{vol["size_gigabytes"]}GB',
                    round(vol["size_gigabytes"] * 0.10, 2)])
