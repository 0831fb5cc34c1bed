# frozen_string_literal: true

# Cookies written before the move from the old Heroku app (2026-09) were
# signed and encrypted with its secret_key_base. Keep reading them for a
# while so members are not logged out; new cookies use the current key.
# See https://guides.rubyonrails.org/security.html#rotating-encrypted-and-signed-cookies-configurations
Rails.application.config.after_initialize do
  Rails.application.config.action_dispatch.cookies_rotations.tap do |cookies|
    authenticated_encrypted_cookie_salt = Rails.application.config.action_dispatch.authenticated_encrypted_cookie_salt
    signed_cookie_salt = Rails.application.config.action_dispatch.signed_cookie_salt

    OLD_SECRET_KEY_BASE = "b717734480c3c77a84db145a8e74905956358dc593fa4afdb1b6a555ad31d2b8db0fa56de28fbaf44662d6c6f024ff74527d0a78007c625d034895faba240992"

    key_generator = ActiveSupport::KeyGenerator.new(
      OLD_SECRET_KEY_BASE, iterations: 1000, hash_digest_class: OpenSSL::Digest::SHA1
    )
    key_len = ActiveSupport::MessageEncryptor.key_len

    old_encrypted_secret = key_generator.generate_key(authenticated_encrypted_cookie_salt, key_len)
    old_signed_secret = key_generator.generate_key(signed_cookie_salt)

    cookies.rotate :encrypted, old_encrypted_secret
    cookies.rotate :signed, old_signed_secret

    # Sinatra-era remember-me cookie, signed with a plain HMAC secret
    LEGACY_REMEMBER_ME_SECRET = "96d2c2103fcf5be26fdcddff1c970bed89abe36470db88754d180b3edf772270"
    cookies.rotate :signed, LEGACY_REMEMBER_ME_SECRET, digest: "SHA256", serializer: JSON
  end
end
