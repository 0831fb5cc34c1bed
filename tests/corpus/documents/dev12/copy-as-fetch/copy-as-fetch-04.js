fetch("https://api.zelenypark.cz/graphql", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer tiEhM6fcRl7CuenzrYJQkmNM8L0o95u99WMpWySm",
    "content-type": "application/json",
    "idempotency-key": "3167fddb-1c6c-40ce-8080-c72dff280b07",
    "traceparent": "00-d3301cf93c2d4b349608d565b413c97c-4232e248be5db305-01"
  },
  "body": null,
  "method": "GET"
});

fetch("https://api.logistica-iberia.es/v1/orders?limit=50&status=open", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer xcYbawmUYkzXO+LSkWZmnUZiwDz+hZpKhIIgWs/50DbrG3KV+CzraTdaiD3W",
    "content-type": "application/json",
    "x-csrf-token": "cyCZTPfqP6mtktQpj1d2c3XW5J0AW59Lxf9MWxfv6Z8",
    "x-correlation-id": "1c9664db6699f6b22f0fde3de1f77ea7"
  },
  "body": "{\"ids\": [6085, 8399, 3453]}",
  "method": "POST"
});

fetch("https://api.zelenypark.cz/api/users/me", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjMyNjEzNWNhOGVlZjg3YzEifQ.eyJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLmV1LW5vcnRoLTEuYW1hem9uYXdzLmNvbS9ldS1ub3J0aC0xX2tHN0pYeUFLZyIsInN1YiI6InVzZXI6Mjg1NTQyIiwiYXVkIjoiYmlsbGluZy1zdmMiLCJpYXQiOjE3NjMzNDg1MzksImV4cCI6MTc2MzQzNDkzOX0.UuEHhnfsapEYhVRzjXQwaEaBzp-jBUg3Ga-5KYNxuyfCbsREsf-e7tnHpVwUyI-x7DCMxCLu8rIwr46bcOd0qDcdIH8ub2z-09EIzKXJCLyixt4QstXkF-eLev0zN953G7QDNXXuwyuiaJlZcj9WNFDVM3LcdSWK_ePtIS-MeUgcPrHairInzltKX2EoexNVJauVQJlECe9c2j8vIbI_uNy1_mk3vwA6A_UIEW_s3nWltRSQQRWjP_ubIDaJtUI6KfJU5l5aXbBb5C3A875ex0tefH0PO9bbOGgi6hIsnXA6ukBcDmCiqfIn28xNL8331IiBVFAD4FcoCvk39BSB_A",
    "content-type": "application/json",
    "x-signature-nonce": "r4062dBh7ekCexgdeXpV9A",
    "x-amzn-trace-id": "Root=1-4221dfb7-04ffdb0c889d615091c664e4"
  },
  "body": null,
  "method": "GET"
});

fetch("https://billing.stadtwerke-lenz.de/api/v3/shipments/track", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer A21AA8FnszKDsBXClpao3cVNzal7YWwVRdPX_mEWoXD9cFSSgscBjtDQbaH3HptZ2o3OMRYDUNyHs3hUau90jmNdtlLEjAAG8",
    "content-type": "application/json",
    "x-request-id": "e4ff68c7-a163-4e1a-ba82-d7f5377fc4a2",
    "idempotency-key": "285df761-68c9-4206-bf9d-fec69d76046a"
  },
  "body": "{\"ids\": [9610, 386, 4829]}",
  "method": "POST"
});
