cd ~/loadtests
bombardier -c 50 -d 30s -l https://staging.api.kalmarhamn.se/v1/berths
bombardier -c 50 -d 30s -l -H "Authorization: Bearer 51SzKoK2ksCaCKsY1tfaelmqEQHtoqQ6iTvR5V03" https://staging.api.kalmarhamn.se/v1/berths
bombardier -c 200 -n 20000 -m POST -H "Authorization: Bearer 51SzKoK2ksCaCKsY1tfaelmqEQHtoqQ6iTvR5V03" -H 'Content-Type: application/json' -f body.json https://staging.api.kalmarhamn.se/v1/bookings
hey -z 60s -c 40 -H "Authorization: Bearer 00aaa7059e5a7f0a3a50e177a5e8f24d024ace5b" https://staging.api.kalmarhamn.se/v1/vessels
hey -n 500 -c 10 -H "Authorization: Bearer $TOKEN" https://staging.api.kalmarhamn.se/v1/vessels
sha256sum body.json
less results/hey-2026-01-19.txt
