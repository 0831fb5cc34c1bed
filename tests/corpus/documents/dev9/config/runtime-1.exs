import Config

config :shop, :mollie,
  profile_id: "pfl_fVllGIxbim",
  api_key: "live_uknlRlBuwl5ShS3iVwDshqW6AkERtz"

config :shop, :klaviyo,
  public_key: "NP7XKW",
  private_key: "changeme"

config :shop, :vonage,
  api_key: "07fd8bc8",
  api_secret: "1sNxZ1UEMQqlDGVb"

config :shop, :image,
  digest: "sha256:e9f9be2239be34bc56967f89000b421a7ce554d947ec90c70bbd2a02e8a67e15"

config :shop, :tls,
  cert_fingerprint_md5: "dd:ad:2f:1c:f7:4c:a7:e1:b5:f4:22:bd:be:07:b7:29"

config :shop, :build,
  commit_sha: "f3b18e8c8ffc0f8c98b44981fbf71ff1ba976ae3"
