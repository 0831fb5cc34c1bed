fetch("https://api.logistica-iberia.es/v1/customers/search?q=lind", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer hvs.CAESI8I3OWJy94II2PbQ5T4QpVTANWW720V4gXCACITpmZ40prlXSpGQFd7Myg3uyAUkOxpgpOVuT4oUeY0sv",
    "content-type": "application/json",
    "idempotency-key": "49502ede-29d8-421a-b5d4-24717cb72f56",
    "traceparent": "00-c329b73bbfa407301b5086b47c69c30c-3d673d40ece153c3-01",
    "sec-ch-ua-mobile": "?0",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site"
  },
  "referrer": "https://app.logistica-iberia.es/dashboard",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});

fetch("https://data.havnelys.dk/api/v1/inventory/items?page=3", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJhcGktZ2F0ZXdheSIsInN1YiI6IjE2NDczZTk5LTNlZWYtNGE5YS1iYmNjLTE5ZWI2MTI2YjI1OCIsImF1ZCI6Imh0dHBzOi8vYXBpLmZha3R1cmVyYS5pbyIsImlhdCI6MTc1MjE5MDcwMCwiZXhwIjoxNzUyMTkxNjAwLCJzY29wZSI6InJlYWQ6aW52b2ljZXMifQ.7fcUoVIY3ExDG--wojlUh9tq-g-arAdOfd4YBUOydHHXvcK4mUT0gMsz5s-F6f-cbsOK8WPCz9uk23YKefDSMfdoeOLo785J_vUSLBVt-dr88iF2T8tdcJHBWEIklTcYQgJTcFWQH4gikAYyJWFUIi2_zFvTifc8hb5OOP2K4PDIeBNiwfVNLAdsUDIzUPUQhPQnSlmd12y02s9DjWrjlq8rjsxLw1TxHNA67pR014AFZvET0qn9JJF9PKWRZgtoadaP1gAQbniuesQgKaeeEu62tGxYfq98wK0WauRAhtREnTVYJW1z8jd-oUUAaVkYQtTYfAibSgUQEBG-DQys8A",
    "content-type": "application/json",
    "x-amzn-trace-id": "Root=1-6fe41bd2-abe8b5290c12abbbf0dbae58",
    "if-none-match": "\"526e6c43c27cfe9242f1f555359d53a1\"",
    "sec-ch-ua-mobile": "?0",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site"
  },
  "referrer": "https://app.havnelys.dk/dashboard",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});

fetch("https://api.logistica-iberia.es/internal/metrics/export", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer sl.QZvMFN56eHXhkv4j69z-lPxZ4tGurXHsXjp--uOXElKrSK6HZGM15xACsz6-A4ryqA1G9zZejKu5T9jE_xA-mGSNvywnxKs9bjMxNIJMjG0SygY8WSOmT0CHrVTxdIFXJ0Re5b0M",
    "content-type": "application/json",
    "x-amzn-trace-id": "Root=1-770171e6-cf38d2828b555a9f24718aa4",
    "x-device-id": "9c1d496a-c8ad-4f47-b57f-ad6d299efc92",
    "sec-ch-ua-mobile": "?0",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site"
  },
  "referrer": "https://app.logistica-iberia.es/dashboard",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});

fetch("https://core.transportes-lusos.pt/api/v1/inventory/items?page=3", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer 1f12d6fa.et0jy1A74kVnDRSeDHOnTGWgWjqAeehICU4kZ1Fq.5d0b8acab0b1",
    "content-type": "application/json",
    "x-csrf-token": "KsLr48-SFCKdZsNSE4H8-fUO3tdGYQPefOUhi95FZ-E",
    "idempotency-key": "26ec807e-9ada-4291-b46a-b96204677599",
    "sec-ch-ua-mobile": "?0",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site"
  },
  "referrer": "https://app.transportes-lusos.pt/dashboard",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": "{\"ids\": [1630, 9495, 1248]}",
  "method": "POST",
  "mode": "cors",
  "credentials": "include"
});

// same call from the app code
const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
