# In this file, we load production configuration and secrets
# from environment variables. You can also hardcode secrets,
# although such is generally not recommended and you have to
# remember to add this file to your .gitignore.
use Mix.Config

config :shopfloor, Shopfloor.Repo,
  username: "shopfloor",
  password: "EMBER#8621ber",
  database: "shopfloor_prod",
  hostname: "10.12.0.9",
  pool_size: 15

config :shopfloor, ShopfloorWeb.Endpoint,
  secret_key_base: "dG6l8nMVt+wD38010uH9bq2zhCtqfYo9ji2JExjuhH3azI9OOM2yAmNHSKGKzNRv"

config :shopfloor, Shopfloor.Vault,
  ciphers: [
    default: {Cloak.Ciphers.AES.GCM, tag: "AES.GCM.V1",
      key: Base.decode64!("03gclcI6vN/MIrSd7HpdfOHMGpBMdLJRafZ2rHAEGxc="), iv_length: 12}
  ]

config :shopfloor, :basic_auth,
  username: "dashboard",
  password: "Copper73$"

config :joken, default_signer: System.fetch_env!("JOKEN_SIGNER")
