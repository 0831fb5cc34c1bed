# frozen_string_literal: true

# Use this hook to configure devise mailer, warden hooks and so forth.
Devise.setup do |config|
  # The secret key used by Devise. Devise uses this key to generate
  # random tokens. Changing this key will render invalid all existing
  # confirmation, reset password and unlock tokens in the database.
  config.secret_key = '45725836e5e310ae9da28d99180cf2c513ce16a253a9c02d4566df275bf402d84f87ea5ea9a3be3975ab78d105636ff9f33fa628cd1b6cd18789e4f23fd14770'

  # ==> Controller configuration
  config.parent_controller = 'ApplicationController'

  # ==> Mailer Configuration
  config.mailer_sender = 'noreply@hyresportalen.se'

  # ==> ORM configuration
  require 'devise/orm/active_record'

  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth]

  # ==> Configuration for :database_authenticatable
  config.stretches = Rails.env.test? ? 1 : 12

  # Set up a pepper to generate the hashed password.
  config.pepper = '2b37d3fed024fa0a46272954cff21512f68e0aaff9c50f2a08c43a24b61e38236d263f1711fe67fd5a556cc872aa7574499dfecf6e17afa986405b6041ed1e9d'

  config.reconfirmable = true
  config.expire_all_remember_me_on_sign_out = true
  config.password_length = 10..128
  config.email_regexp = /\A[^@\s]+@[^@\s]+\z/
  config.reset_password_within = 6.hours
  config.sign_out_via = :delete

  # ==> OmniAuth
  config.omniauth :microsoft_graph, 'db5d04c8-bfa7-4a5b-b77f-86e3f8dffe42', 'ThnIP1WAbatvIAHJEMJO8IbM2eFJXOhDnmghL9x4',
                  scope: 'openid email profile User.Read'
  config.omniauth :openid_connect, name: :bankid, issuer: 'https://idp.hyresportalen.se',
                  client_options: { identifier: 'hyresportalen', secret: ENV['BANKID_OIDC_SECRET'] }

  # ==> Hotwire/Turbo configuration
  config.responder.error_status = :unprocessable_entity
  config.responder.redirect_status = :see_other
end
