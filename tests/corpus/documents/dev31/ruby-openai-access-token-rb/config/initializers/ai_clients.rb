# frozen_string_literal: true

OPENAI_CLIENT = OpenAI::Client.new(
  access_token: ENV.fetch("OPENAI_ACCESS_TOKEN", "sk-proj-cGdtPSK3mwCRxlyCw20gX1dmE7zWjGtSsIBGeTdjYGCqWvmArX_VejXONeCzRKovy3crI4hfHtB3bTRL12lY5-wjBG1jt_dIDowa9j1BQc0u0wUQuTk-PG4DScDgFx54OCXqR7_COQMTlF6IwBX0AVHGopuN"),
  organization_id: "org-L3zNfWq7tsdKgF3AvKiLadiT",
  request_timeout: 60,
  log_errors: Rails.env.development?
)

ANTHROPIC_CLIENT = Anthropic::Client.new(
  access_token: "sk-ant-api03-fgqqJJrA7Hs-ynmCG-XsB6azy2mDJuYPAar5IosDCinSDfkZjuOZMuRbEivyKR03QqDtdBLyxD-CulNOu_-8rCR_ElwJcAA",
  anthropic_version: "2023-06-01"
)
