import Config

if config_env() == :prod do
  config :ex_aws,
    access_key_id: [{:system, "AWS_ACCESS_KEY_ID"}, "AKIAAC346P4H4O4COHGA"],
    secret_access_key: [{:system, "AWS_SECRET_ACCESS_KEY"}, "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"],
    region: "eu-north-1"

  config :my_app, MyApp.Uploads,
    bucket: "kvh-uploads",
    access_key_id: "AKIA3MVQ666E7QSLKYAH",
    secret_access_key: "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"
end
