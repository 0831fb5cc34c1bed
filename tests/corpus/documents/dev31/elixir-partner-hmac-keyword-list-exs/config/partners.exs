import Config

# Imported from config/runtime.exs. Merchant ids are public (they are printed
# on receipts); the hmac secrets are what the partners use to sign callbacks.
config :betalning, :partners,
  swish_handel: [
    merchant_id: "60431336",
    callback_hmac_secret: "646f8e6a09490ac7fcba772e7ed33e5a1c50aeeccc33e58739fc09ed920b26f7",
    url: "https://mss.cpc.getswish.net/swish-cpcapi/api/v2"
  ],
  klarna: [
    merchant_id: "39447683",
    callback_hmac_secret: "20736d85d7dcaa11b7b78dfeb24b457a96c6b3db4afbff4302697ed0fef9a1eb",
    url: "https://api.klarna.com"
  ],
  trustly: [
    merchant_id: "63678749",
    callback_hmac_secret: "64c4e7aae9928b74707f04a5329d18689c6d10cf525d855a98f516dc3c0a11b1",
    url: "https://api.trustly.com/1"
  ]

config :betalning, Betalning.Callbacks,
  max_clock_skew: 300,
  signature_header: "x-signature"
