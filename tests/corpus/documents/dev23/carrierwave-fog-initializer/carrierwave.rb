# config/initializers/carrierwave.rb
CarrierWave.configure do |config|
  config.storage = :fog
  config.fog_provider = "fog/aws"
  config.fog_directory = Rails.env.production? ? "klubbsidan-uploads" : "klubbsidan-uploads-staging"
  config.fog_public = false
  config.fog_attributes = { cache_control: "public, max-age=#{365.days.to_i}" }

  config.fog_credentials =
    if Rails.env.production?
      {
        provider: "AWS",
        aws_access_key_id: ENV.fetch("AWS_ACCESS_KEY_ID", "AKIAADLJRXVBM3LYOHS2"),
        aws_secret_access_key: ENV.fetch("AWS_SECRET_ACCESS_KEY", "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"),
        region: "eu-north-1"
      }
    else
      {
        provider: "AWS",
        aws_access_key_id: "AKIAQFHOSS43BSEFKRTV",
        aws_secret_access_key: "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",
        region: "eu-north-1",
        path_style: true
      }
    end
end
