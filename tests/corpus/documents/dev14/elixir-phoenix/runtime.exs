import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      """

  config :ledger, Ledger.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  # The secret key base is used to sign/encrypt cookies and other secrets.
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      raise "environment variable SECRET_KEY_BASE is missing."

  config :ledger, LedgerWeb.Endpoint,
    url: [host: "ledger.example.org", port: 443, scheme: "https"],
    secret_key_base: secret_key_base

  # TODO(ops-221): move to env before go-live
  config :ledger, Ledger.Mailer,
    adapter: Swoosh.Adapters.SMTP,
    relay: "smtp.example.org",
    username: "ledger@example.org",
    password: "nMn4clk4vR-hN.+uSVQ8C6Z!f*8zTf",
    tls: :always,
    port: 587

  config :ledger, Ledger.Guardian,
    issuer: "ledger",
    secret_key: "ivYP1SiVI7ymTUMQEb5UFNxNAf2e8OJLyr1t/iC0/r0KGBAkYAFW10rpF1g8LM/3"

  config :ledger, LedgerWeb.Endpoint,
    live_view: [signing_salt: "OfsKuX5c9tqFALSmrAjf8alcUdF6RSzL"]

  config :ex_aws,
    access_key_id: {:system, "AWS_ACCESS_KEY_ID"},
    secret_access_key: {:system, "AWS_SECRET_ACCESS_KEY"}

  config :ledger, :mollie,
    api_key: "live_zvkqKSJM8nWenSkAwJhKFGJgNCRP3m",
    profile_id: "pfl_mSGteygCYJ"
end
