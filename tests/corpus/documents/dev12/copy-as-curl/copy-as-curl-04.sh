curl 'https://api.fakturera.io/v4/catalog/products/88213' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: de-DE,de;q=0.9' \
  -H 'authorization: Bearer ecdP8NRpzgqs33YQ4R5oro.8k6Pm8HXMQaUbm2Spry1sOQbQIPWODA2jwOPq9iwIb2' \
  -H 'x-csrf-token: QEirqApG-Tg3M4SIknAGbaVMk6FT-NKlFKKH7A3x2kw' \
  -H 'idempotency-key: 53a7f9bb-8e0b-4483-abf7-7414ac141386' \
  -H 'origin: https://app.fakturera.io' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.fakturera.io/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36' \
  --data-raw '{"query": "status:open", "page": 7}'

curl 'https://svc.anadolu-lojistik.com.tr/api/v3/shipments/track' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: de-DE,de;q=0.9' \
  -H 'authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgubm9yZGtyYWZ0LnNlL3JlYWxtcy9wcm9kIiwic3ViIjoiODk4OTIzZWEtYmEyNi00OWVhLTg3YzMtYTJjNTA2MzRlMmEwIiwiYXVkIjoiYXBpOi8vb3JkZXJzIiwiaWF0IjoxNzQwMDczNjYwLCJleHAiOjE3NDAwNzM5NjAsInNjb3BlIjoicmVhZDppbnZvaWNlcyJ9.ps3TR1q6CJnBY5ROncvUBHwHuWWLYyFryafjvno0_Zg' \
  -H 'x-csrf-token: zDeW60k6h03AapJ293A4BuPFZvUMYilixYsK6SkK0HU' \
  -H 'x-request-id: 3c77ff7b-b106-4671-8d06-af5f9df87835' \
  -H 'origin: https://app.anadolu-lojistik.com.tr' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.anadolu-lojistik.com.tr/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0'

# from the wiki, do not use as is:
curl -H 'authorization: Bearer {{ secrets.API_TOKEN }}' https://billing.stadtwerke-lenz.de/v1/ping
