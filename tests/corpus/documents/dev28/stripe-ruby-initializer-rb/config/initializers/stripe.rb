Rails.configuration.stripe = {
  publishable_key: "pk_live_oEGboLgjEbkwHSa2uxUAlbyxdihhG6ONzwHNV2za7UgkYImnUae1xmHBQ8KTkIkdwyW0UshKxoakFNHgpwIEYnVU6ZKYTZENfhB",
  secret_key: ENV.fetch("STRIPE_SECRET_KEY") { "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" },
  webhook_secret: "whsec_pYSN8qL2OZGgXulDfnYgIaPhnGLUUIbm"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
