fetch("https://api.fakturera.io/v1/orders?limit=50&status=open", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer 182ebdc85f5c9efa516d9fd3f72536391cc39270e39478dabdaeca19adfc2517",
    "content-type": "application/json",
    "x-amzn-trace-id": "Root=1-935742ad-e91267ca4340752e8c7d3f15",
    "x-csrf-token": "Cw_IEdKN-qnnbO77h0G1bkJ4w4i9sVXEGZwJhXzhFqk",
    "sec-ch-ua-mobile": "?0",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site"
  },
  "referrer": "https://app.fakturera.io/dashboard",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});

fetch("https://svc.anadolu-lojistik.com.tr/v1/payments/intents", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer 54Q9FeEHPwycIszb7W3h1Ju7yOR5SuvE",
    "content-type": "application/json",
    "traceparent": "00-0f8feb7393a1892656e086f137e60078-fd36ce46a2a38308-01",
    "idempotency-key": "c2feef32-4ef7-49a2-a25b-5908b173cc25",
    "sec-ch-ua-mobile": "?0",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site"
  },
  "referrer": "https://app.anadolu-lojistik.com.tr/dashboard",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});

// same call from the app code
const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
