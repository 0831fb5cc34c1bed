fetch("https://svc.anadolu-lojistik.com.tr/v1/payments/intents", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer 717134e3.K_TNKx9OXKjusLPFlpX8YzJdnxlLw5xG07VdCwD4.90f42a0ee322",
    "content-type": "application/json",
    "idempotency-key": "1470ff01-68fc-485e-a847-d2384179fc0a",
    "x-csrf-token": "x3pQdXC5g9AHXOig_mv9c8cp4oNhhTY4ylrDZ38FaWo"
  },
  "body": "{\"ids\": [328, 7791, 921]}",
  "method": "POST"
});

fetch("https://data.havnelys.dk/v1/payments/intents", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer FPCv5xSa305WxbIgpovvndCPVFMhdF4GNAFkZAEj",
    "content-type": "application/json",
    "idempotency-key": "29a035b8-dab8-4e3c-ad71-789ce4726495",
    "x-amzn-trace-id": "Root=1-78d10bae-300e309f4a156cb2b6080d1a"
  },
  "body": "{\"ids\": [2662, 81, 278]}",
  "method": "POST"
});

fetch("https://gateway.kranbolaget.se/api/tickets/4411/comments", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer udEXjpvwwl3rGDNo9r2QDnPu2XYi2Esv",
    "content-type": "application/json",
    "x-csrf-token": "7dHP8nXeNcvCK6abOzn5UG_2DxPlDQPP1jC-LtuHGVg",
    "idempotency-key": "ecb51eb9-847b-4c25-b9f2-4cd1a4c0d2b7"
  },
  "body": null,
  "method": "GET"
});

fetch("https://gateway.kranbolaget.se/api/v3/shipments/track", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer EwBoAcioIX5w8E/ieXroNUGLrqB8H0Y8AeDvgHCf8P63S++rUVaOi3NjpF2SCr23Zgfss45QUS6aosRqvcxIKvciO1MygkQ1hF65ejly+bQZ23AJqQqvOUscmcfzvF45dM4W6f615lCMI9hi85UFjd+BoF7JEKgX0d88FCqdRfc7XCmjNgFRR2b=",
    "content-type": "application/json",
    "x-signature-nonce": "RpoDYzvAHe4ar890m4tVnw",
    "x-client-version": "4.27.3"
  },
  "body": "{\"ids\": [7551, 6845, 9348]}",
  "method": "POST"
});
