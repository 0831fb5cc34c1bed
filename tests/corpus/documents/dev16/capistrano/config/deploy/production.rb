server "app1.kvarnholm.se", user: "deploy", roles: %w{app web}
server "app2.kvarnholm.se", user: "deploy", roles: %w{app web}

set :branch, "main"
set :rails_env, "production"

# uploads go to S3 via the asset_sync gem
set :default_env, {
  "AWS_ACCESS_KEY_ID" => "AKIA6MA7N47IW4Y745RL",
  "AWS_SECRET_ACCESS_KEY" => "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",
  "FOG_DIRECTORY" => "kvh-assets-prod",
  "REVISION_SHA" => "72ac1d5c854b72da2e33c6c620eb9f9ab1060ef4"
}
