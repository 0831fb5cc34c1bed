#!/usr/bin/env bash
# nightly dump of the replica set, keeps 14 days
set -e
OUT=/backup/mongo/$(date +%F)
mkdir -p "$OUT"
# healthchecks.io ping uuid (not secret): b9e72c0b-ad42-4310-a0cc-fa7f269c876d

mongodump --uri "mongodb://backup:Katten2004.73@mongo1.drift.intra:27017,mongo2.drift.intra:27017/?replicaSet=rs0&authSource=admin&readPreference=secondary" \
  --gzip --oplog --out "$OUT"

# restore test into the staging node (weekly)
if [ "$(date +%u)" = 7 ]; then
  mongorestore --host mongo-stage.drift.intra --username admin --password 'Ringo+Marmor+Quartz+594' \
    --authenticationDatabase admin --gzip --drop --nsInclude 'shop.*' "$OUT"
fi

# copy of the analytics cluster (Atlas)
mongodump --uri "mongodb+srv://reporting:ZomerCU1981%2341@analytics.x7k2p.mongodb.net/events" --gzip --out "$OUT/atlas"

find /backup/mongo -maxdepth 1 -type d -mtime +14 -exec rm -rf {} \;
# the Atlas docs example we started from:
# mongodump --uri "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/test"
# last run id: 6a8bc77b-be03-47a3-8cfa-cbdb7474fd75
