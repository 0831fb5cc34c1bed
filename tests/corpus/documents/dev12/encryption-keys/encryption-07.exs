config :fakturera, FaktureraWeb.Endpoint,
  secret_key_base: "G9rtD5354MvbybQdXbs+bjmm+I+xeI8vhnTPh5H4uDDrI1Yw0+4kDnZ6Ia+NZ0gj",
  live_view: [signing_salt: "CMg7RgVlod5VI73D"]

config :fakturera, Fakturera.Vault,
  ciphers: [default: {Cloak.Ciphers.AES.GCM, tag: "AES.GCM.V1", key: Base64.decode!("H9JW3WfCNECgDDMLGaBMHSS81hjC8YMGKvC7bgrQ15I=")}]
config :joken, default_signer: "uwnoVDVEfbmFwr9OpmKdJiBQgKPHmXSB45lhHhcF9WVcS5I0"
