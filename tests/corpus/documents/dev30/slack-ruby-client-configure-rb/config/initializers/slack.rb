Slack.configure do |config|
  config.token = ENV.fetch("SLACK_BOT_TOKEN", "xoxb-540876040418-1616487979058-hWxW8e1lhEo4RCeHh7VMZh2C")
end

Slack::Events.configure do |config|
  config.signing_secret = "64684a0b23390e1d207857ec2b4d0741"
  config.signature_expires_in = 300
end

Slack::Web::Client.configure do |config|
  config.user_agent = "driftlarm/1.4 (+https://drift.sundsvall.local)"
  config.default_page_size = 200
end
