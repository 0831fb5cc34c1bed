curl 'https://core.transportes-lusos.pt/v1/customers/search?q=lind' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: sv-SE,sv;q=0.9,en-US;q=0.8' \
  -H 'authorization: Bearer S11MsIlggKXbah3yNY20fFQyfqM-w5uK1ZHsnWyB-aU' \
  -H 'x-request-id: 6ef54fac-8253-40e7-9920-c43a95548273' \
  -H 'x-device-id: 6eeef1ea-7dc9-4949-8781-33208c8c662b' \
  -H 'origin: https://app.transportes-lusos.pt' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.transportes-lusos.pt/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0'

curl 'https://core.transportes-lusos.pt/api/v1/inventory/items?page=3' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: sv-SE,sv;q=0.9,en-US;q=0.8' \
  -H 'authorization: Bearer 9Yl1y5mvXOzRKlCqDoAsj1dNocTtVHm4W7_vvGkOPqc' \
  -H 'if-none-match: "03835dd81b4b78dce66b22b888f8eb7e"' \
  -H 'x-csrf-token: c5jn_y5n_bD2-HQtdG902T4sSyHM7xOMY2lDUc7HyRY' \
  -H 'origin: https://app.transportes-lusos.pt' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.transportes-lusos.pt/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0'

curl 'https://api.logistica-iberia.es/graphql' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: de-DE,de;q=0.9' \
  -H 'authorization: Bearer 00DQvyyZpNdGtnQ!iVUUSpRoMFWTZrLprtU7ubsUAwpQxZ1I6R8Fqa7s02pLpM8c7LTolbM1xtHJnuoBfIqZM.yx6knuqnIsn6SE3zGm7D00sEMu' \
  -H 'idempotency-key: 67162601-dcda-4d49-bedc-1c32a5da51a0' \
  -H 'x-client-version: 4.30.9' \
  -H 'origin: https://app.logistica-iberia.es' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.logistica-iberia.es/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36' \
  --data-raw '{"query": "status:open", "page": 7}'

# from the wiki, do not use as is:
curl -H 'authorization: Bearer [REDACTED]' https://svc.anadolu-lojistik.com.tr/v1/ping
