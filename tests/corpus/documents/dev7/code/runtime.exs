import Config

if config_env() == :prod do
  config :shop, Shop.Repo,
    username: "shop",
    password: "M@pl30@k49",
    hostname: "pg.internal",
    database: "shop_prod",
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  config :shop, ShopWeb.Endpoint,
    url: [host: "shop.corp.example", port: 443, scheme: "https"],
    secret_key_base: "hFtA5WpIovQpf+uGftxaEIpJD+lwt75XeDPi9XLcClzneVlCzmpSth9aYi9PKeK1",
    live_view: [signing_salt: "tyFhBGMr4qwPyOwJscUrVbq4woJeHItR"]

  config :shop, Shop.Guardian, issuer: "shop", secret_key: "I9/HQlNCsjiLR/U3fuXcdP/IfjKq3fEcCwXjY2FXAk7XJabC0vJyhWxn0OzN1LMI"
  config :shop, :release, sha: "258dcde75c4b74eba93c810f4513f1f6d384a517"
end
