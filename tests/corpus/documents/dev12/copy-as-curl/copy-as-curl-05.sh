curl 'https://api.farmacia-ponte.it/api/tickets/4411/comments' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: de-DE,de;q=0.9' \
  -H 'authorization: Bearer eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJhcGktZ2F0ZXdheSIsInN1YiI6InVzZXI6MjEyODA4IiwiYXVkIjoiYWNjb3VudCIsImlhdCI6MTczOTQxODcyMCwiZXhwIjoxNzM5NDE5MDIwLCJzY29wZSI6Im9wZW5pZCBwcm9maWxlIGVtYWlsIn0.f4MA4Hdi8dEsloLIR0L4Shbxamd79tCddDQ_kVDiJ94EZoVT92mm5iIQwdcLQnfhgs-XEc3zNt-mu_vb1BsS-r4YyDaZjRuLIJRzM9gu908lnL7ZgONjq_1SN69TXRUN1qfLmuSYBkU_mBjxPZsDD6gRi3pjmD6c_u-dnRJPM3wtx0xpcGxtyqpKV1an88lUjDYinXl4w5ooLrAFt7c9bJktMGbOJo6M6ju8h4WlJuNUou2_L3aHPVInKRY4VVdNOfnumwVKVeWpqNT-uvedGNWmfA8NeiiKYOXh4TWzbbilgI27p_QexdLmC4bLecqXKs97P2TX67dwrLtk41Q6LQ' \
  -H 'x-client-version: 4.15.5' \
  -H 'x-csrf-token: _2l4PumAaLOo3jO8-nBLrnQnjtn3Y4pj9nBneiNh0nA' \
  -H 'origin: https://app.farmacia-ponte.it' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.farmacia-ponte.it/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0'

curl 'https://api.farmacia-ponte.it/internal/metrics/export' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'authorization: Bearer EAA1BcYwJC36jP3X6XcSDX2znQhq2jNru0tZaicOE7gyvZej8iZZwscMR4FUwrXWIrzMGuAQEAYtL35BvAceOD6exrcskSNRbUouiDlF10sQVANGvkujK9mrvMT1tjL85IXXJWhdbIwbXbMtoS9tGOKb9JaitjD0OcxvYtVoICl09tpeyAWvSYh' \
  -H 'idempotency-key: fab98eb4-8164-46ad-a2c8-cd7f2ad79563' \
  -H 'x-device-id: 3cbba943-41d4-4b58-afa0-a6d3a6716f56' \
  -H 'origin: https://app.farmacia-ponte.it' \
  -H 'priority: u=1, i' \
  -H 'referer: https://app.farmacia-ponte.it/' \
  -H 'sec-ch-ua: "Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15'

# from the wiki, do not use as is:
curl -H 'authorization: Bearer <masked>' https://billing.stadtwerke-lenz.de/v1/ping
