import Config

config :skolskjuts, SkolskjutsWeb.Endpoint,
  url: [host: "skjuts.kommunen.se", port: 443, scheme: "https"],
  cache_static_manifest: "priv/static/cache_manifest.json",
  secret_key_base: "joPEierUx9yI91vvTe2Bxe5Blejt6fhawHD89QMmX72JcKahlCKYlTERVkTvDO7A",
  live_view: [signing_salt: "ubLUr2wD"]

config :skolskjuts, Skolskjuts.Guardian,
  issuer: "skolskjuts",
  secret_key: "TjeJO9M0ruhWIZzRef-hE2UnXw4OK8q7dWUjP6DQWtBnbmoJABFd53yTskxMMLDM"

config :skolskjuts, Skolskjuts.Repo,
  username: "skolskjuts",
  password: "LlLz3.mRHala&Q^@JC=o",
  hostname: "pg-skjuts.lan",
  database: "skolskjuts_prod",
  pool_size: 10

config :logger, level: :info
