import Config

config :ex_aws,
  access_key_id: "AKIACMX5IG2AJZXAQVME",
  secret_access_key: "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",
  region: "eu-west-1"

config :shop, Shop.Repo,
  username: "shop",
  password: "WS8qnQqfvxloX3Te32q",
  hostname: "db.internal",
  pool_size: 10

config :shop, ShopWeb.Endpoint,
  secret_key_base: "038372c926e7546ce254e8ccecc09935045d67cf9877003798f8efc1b0e36b60",
  live_view: [signing_salt: "bHfbs2OWsia8uMN2QOiP4uUY"]

config :shop, :mailer, password: System.get_env("SMTP_PASSWORD")
