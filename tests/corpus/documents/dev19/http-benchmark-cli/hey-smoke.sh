#!/usr/bin/env bash
# loadtest/hey-smoke.sh -- quick smoke numbers before each release
set -euo pipefail

hey -z 30s -c 50 -H "Authorization: Bearer 2229b3a6a9c83f4abd8bb0d69a5f2d07d720e0ed" https://search.tidewater-analytics.com/v1/search?q=storm
hey -n 2000 -c 20 -m POST -T application/json -H "Authorization: Bearer eyJhbGciOiJFUzM4NCIsInR5cCI6IkpXVCIsImtpZCI6ImF0WVlzNHpNSnZvYXdGYXYtQ2xuRC02TG0wMyJ9.eyJpc3MiOiJodHRwczovL2F1dGgubHVtZW53b3Jrcy5jb20vIiwic3ViIjoiMWVhMzA3YzQtNDRjMS00MzBjLTgzZjAtYzEwMDliZWNmNzJiIiwiYXVkIjoiYXBpIiwiaWF0IjoxNzg5NjAyMzE5LCJleHAiOjE3ODk2MDU5MTksInNjb3BlIjoic2VhcmNoIn0.9grxQa8_C0nwEC861AB_bS7EID8BZi5nRqEawlfS48bCiyAEIcUXmzC-jDRbmCUdyztlQO68Je5j2qkf7Y8LNOzRTILGnd7vvC60oMRbimzud7iRhOh71SNY-vpNEhtu" \
    -d '{"query":"rainfall","limit":10}' https://search.tidewater-analytics.com/v1/query
hey -n 200 -c 5 -H "Authorization: Bearer ${SEARCH_TOKEN:?set SEARCH_TOKEN}" https://search.tidewater-analytics.com/healthz
hey -n 500 -c 10 -H "Authorization: Bearer 00gXuopkD3qAZxNCw687AAgO7LXECqCGK92NBI4k4b" https://tiles.tidewater-analytics.com/v1/tiles/8/135/75.png
hey -n 300 -c 10 -a ingest:Mangojuniper6008! https://ingest.tidewater-analytics.com/v1/ping

# Summary of the last run (pasted from CI):
# Summary:
#   Total:        30.0212 secs
#   Slowest:      0.4120 secs
#   Fastest:      0.0101 secs
#   Average:      0.0390 secs
#   Requests/sec: 1281.0331
# Status code distribution:
#   [200] 38449 responses
#   [401] 12 responses
