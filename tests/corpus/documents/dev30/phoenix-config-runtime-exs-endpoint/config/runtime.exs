import Config

if System.get_env("PHX_SERVER") do
  config :bokningar, BokningarWeb.Endpoint, server: true
end

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise """
      environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
      """

  config :bokningar, Bokningar.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      "c4WBazyqbgO9lUKstljNVKroaYsqNkCsFlZxq6ekh7iZjruQDSv4fvrqYa6H0cjs"

  host = System.get_env("PHX_HOST") || "bokningar.simhallen.se"

  config :bokningar, BokningarWeb.Endpoint,
    url: [host: host, port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: 4000],
    secret_key_base: secret_key_base,
    live_view: [signing_salt: "PxwMdzTM"]

  config :bokningar, Bokningar.Guardian,
    issuer: "bokningar",
    secret_key: "nn4Q4SIfpl1Xx6-NPEm819iuDWutfrTRQiSVcggXRlOid77_cQvpaQMk-VOfnrBK"
end
