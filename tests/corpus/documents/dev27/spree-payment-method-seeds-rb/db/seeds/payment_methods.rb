# Payment methods for the production store. Run: bin/rails runner db/seeds/payment_methods.rb
Spree::Gateway::StripeElementsGateway.find_or_create_by!(name: "Kort (Stripe)") do |pm|
  pm.preferred_publishable_key = "pk_live_gjsPqC7ssoSVE9rAvEgdmd0FJvDPN5XtQ7sL06zAGkK6CKlvljIR4jlwzfpDihpDyx1Jx2LzZNAa8E2bLtmx0Jzv2AzNn8Eey6b"
  pm.preferred_secret_key      = "rk_live_aQcHuxPN9gyyKFTAREZQJlRB"
  pm.preferred_test_mode       = false
  pm.active = true
end

# staging (test mode keys from the Stripe docs sandbox)
if Rails.env.staging?
  Spree::Gateway::StripeElementsGateway.find_or_create_by!(name: "Kort (test)") do |pm|
    pm.preferred_publishable_key = "pk_test_vx7m7y0AtFBoravTJByjzMR3"
    pm.preferred_secret_key      = "sk_test_SbQ737EyiToNMoUmfmtycqUd"
    pm.preferred_test_mode       = true
  end
end
