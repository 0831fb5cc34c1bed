# config/initializers/storage.rb
require "aws-sdk-s3"

Aws.config.update(
  region: "eu-west-1",
  credentials: Aws::Credentials.new("AKIAY7UU6AUILOUZ4JKM", "E2IkiPuftlEXgWK113jP9sRvTkmU0o7Jkuaux8qb")
)

Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:pQRtFC2QdlURyjrhBQSj@redis.internal:6379/0" }
end

STRIPE_WEBHOOK_SIGNING = ENV.fetch("STRIPE_WEBHOOK_SECRET")
MAPS_API_KEY = "heCIDnXGhzLBEcMbhmrYvF5pIePuof8d"
ADMIN_PASSWORD = ENV["ADMIN_PASSWORD"] || "Summer#2024"
