import Config

if config_env() == :prod do
  config :ex_aws,
    access_key_id: "AKIA2LF2IRDSZ7S5KSNO",
    secret_access_key: "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",
    region: "eu-north-1"

  config :kaprifol, Kaprifol.Partner,
    base_url: "https://api.partner.se/v2",
    bearer_token: "8ohNEI5CE_D2Ri4lLNw4sRhIWLc2hbAHj1DJTGq0V6E13_Ll"

  config :kaprifol, KaprifolWeb.Endpoint,
    secret_key_base: "W2GXDm5WtWc7p6g3Nj+JLVDfqRnxqJWf7aasvzkEcbYMEZ6FBRf6bfkMx0H1kJmp"
end
