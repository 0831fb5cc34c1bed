# In this file, we load production configuration and secrets
# from environment variables. You can also hardcode secrets,
# although such is generally not recommended and you have to
# remember to add this file to your .gitignore.
use Mix.Config

database_url =
  System.get_env("DATABASE_URL") ||
    "ecto://vardnad:r12xGLHyt4eb8ugsTH8r@pg-primary.vardnad.internal/vardnad_prod"

config :vardnad, Vardnad.Repo,
  ssl: true,
  url: database_url,
  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

secret_key_base =
  System.get_env("SECRET_KEY_BASE") ||
    "CzP15etzLraJ39F5NRQFxC6E1CzQtHQWxIoar0/bq/nwMB+GKDbwxKB208UZQZSO"

config :vardnad, VardnadWeb.Endpoint,
  http: [
    port: String.to_integer(System.get_env("PORT") || "4000"),
    transport_options: [socket_opts: [:inet6]]
  ],
  secret_key_base: secret_key_base,
  live_view: [signing_salt: "C8IqaB7c"]

config :vardnad, Vardnad.Guardian,
  issuer: "vardnad",
  secret_key: System.get_env("GUARDIAN_SECRET") || "7eAk3rtDoq/1sw/wg8xlrd+hLo3HwkNEYo3TW47AaV8="

# API tokens for the mobile app are signed with Joken (HS256)
config :joken, default_signer: System.get_env("JOKEN_SIGNER") || "OQTQ4csFq15vmzaUgdaHLj18ujWg29eCOgaIwpcl"

# ## Using releases (Elixir v1.9+)
#
# If you are doing OTP releases, you need to instruct Phoenix
# to start each relevant endpoint:
#
#     config :vardnad, VardnadWeb.Endpoint, server: true
