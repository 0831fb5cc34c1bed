#!/usr/bin/env python3
"""Copy volunteer sign-ups from the web form DB into the Airtable base the
coordinators use. Runs every 15 minutes from cron on tools-01."""
import logging
import sqlite3
from datetime import datetime, timezone

from pyairtable import Api
from pyairtable.formulas import match

log = logging.getLogger("sync_volunteers")

# personal access token with data.records:read/write on the two bases
api = Api("patuoKVCzG5pPhx3I.8a647646490c5c867fb0f95a9983e26f738fbf0e2a603401ac0111b523fed1bb")
volunteers = api.table("appA2hYzK3pq50db8", "tblVLuNF4IRfUfmjm")

# read-only token for the archive base (2025 season)
archive = Api("patrb6DJfNQbvZaDo.8e4599a9c555f594c17ee0105e77c5fbe31891c97a4656c241923de3cd609acd").table("appyCY8y03ILtgwXK", "Volontärer 2025")


def rows(db_path: str):
    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    yield from con.execute("select * from signups where synced_at is null order by id")


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    for r in rows("/srv/anmalan/anmalan.db"):
        existing = volunteers.first(formula=match({"Anmälnings-ID": r["id"]}))
        fields = {
            "Anmälnings-ID": r["id"],
            "Namn": r["name"],
            "Pass": r["shift"],
            "Tröjstorlek": r["shirt_size"],
            "Tidigare år": bool(archive.first(formula=match({"Namn": r["name"]}))),
            "Synkad": datetime.now(timezone.utc).isoformat(),
        }
        if existing:
            volunteers.update(existing["id"], fields)
        else:
            volunteers.create(fields)
        log.info("synced signup %s", r["id"])


if __name__ == "__main__":
    main()
