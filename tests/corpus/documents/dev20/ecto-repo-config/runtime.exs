import Config

config :shop, Shop.Repo,
  username: "shop",
  password: "RyHnEnPoM5iIFSducg9",
  hostname: "pg-primary.svc",
  database: "shop_prod",
  pool_size: 15

config :shop, Shop.AnalyticsRepo,
  url: "ecto://analytics:8_qnZNngnhXGV62rVV@10.20.4.30/analytics"

if config_env() == :prod do
  config :shop, Shop.Repo, password: System.fetch_env!("DB_PASSWORD")
end

config :shop, Shop.Mailer, adapter: Swoosh.Adapters.SMTP, relay: "smtp.nordvik.se", username: "shop", password: "Hästhovharbor66@"
