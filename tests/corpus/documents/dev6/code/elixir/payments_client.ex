import Config

config :payments, Payments.Client,
  api_key: "E4m2oLCXxsSjR0hBudGFI3xjDRQlk35g5dnEe8Bw67Q",
  webhook_secret: "whsec_1FTHgvjclQSNReJJrt1P8X4BBiffRQZC",
  client_id: "bc41da7d-d25b-411d-a4a5-caa359b199fc",
  client_secret: System.get_env("CLIENT_SECRET") || "uQ4bUtbAxPQW1UodfgOTIrqM8aAFAzlzQLtyF"

# config :payments, api_key: "${API_KEY}"
config :payments, :build, "ef7479a312a77bd65ac06b87200ff164bc4d9000"
