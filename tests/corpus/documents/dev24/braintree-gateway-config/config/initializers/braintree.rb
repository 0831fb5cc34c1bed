# Braintree production gateway
# merchant_id and public_key are identifiers; private_key is the secret half.
BRAINTREE_GATEWAY = Braintree::Gateway.new(
  environment: :production,
  merchant_id: "9hvp4ztm2kx7wq3d",
  public_key: "r6wcq2yv8n4gkt5b",
  private_key: "8000e5887ebbf11143e3a408146b73a7",
)

# Sandbox (shared with the agency, harmless)
BRAINTREE_SANDBOX = Braintree::Gateway.new(
  environment: :sandbox,
  merchant_id: "use_your_merchant_id",
  public_key: "use_your_public_key",
  private_key: "use_your_private_key",
)

# Client-side tokenization key is public by design
BRAINTREE_TOKENIZATION_KEY = "production_k9w4t7zd_9hvp4ztm2kx7wq3d"
