# frozen_string_literal: true

require "active_support"
require "active_support/message_encryptor"
require "active_support/message_verifier"

# Encrypts the payload of invitation links sent to new board members.
# Keys are hex; [..].pack("H*") turns them into the 32 raw bytes AES-256-GCM wants.
class InviteBox
  SECRET = ["72d2949ee8d6c8bf2932f1540da859b334f627f9d9e7476be4898fbf5e648c0a"].pack("H*")
  OLD_SECRET = ["fcb4feaf59212a29f2d6472adbed53b921689e53b8a6e46bf221790379e1fd11"].pack("H*") # before 2026-10-30

  UNSUBSCRIBE_VERIFIER_SECRET = "C2Wpo5T3x4B2XcutpKZpwVAqW2alO3kXenbG8W98LhImkMCU"

  class << self
    def encryptor
      @encryptor ||= ActiveSupport::MessageEncryptor.new(SECRET, cipher: "aes-256-gcm").tap do |e|
        e.rotate OLD_SECRET
      end
    end

    def verifier
      @verifier ||= ActiveSupport::MessageVerifier.new(UNSUBSCRIBE_VERIFIER_SECRET, digest: "SHA256", serializer: JSON)
    end

    def seal(payload, expires_in: 7 * 24 * 3600)
      encryptor.encrypt_and_sign(payload, expires_in: expires_in, purpose: :invite)
    end

    def open(token)
      encryptor.decrypt_and_verify(token, purpose: :invite)
    rescue ActiveSupport::MessageEncryptor::InvalidMessage
      nil
    end

    def unsubscribe_token(member_id)
      verifier.generate(member_id, purpose: :unsubscribe)
    end
  end
end
