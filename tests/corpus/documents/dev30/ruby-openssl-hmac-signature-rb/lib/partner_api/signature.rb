require "openssl"
require "base64"

module PartnerApi
  module Signature
    KEY_ID = "VSRQ9RD0MJ7Q"
    SHARED_SECRET = "lzGOXOkF79UoDXbHpAxCKGV1NwPcbAWJjPsh2FCrEXk="

    module_function

    def header_for(method, path, body, time = Time.now.utc)
      date = time.httpdate
      string = [method.upcase, path, date, OpenSSL::Digest::SHA256.hexdigest(body.to_s)].join("\n")
      sig = Base64.strict_encode64(OpenSSL::HMAC.digest("SHA256", SHARED_SECRET, string))
      { "Date" => date, "X-Signature" => %(keyId="#{KEY_ID}",algorithm="hmac-sha256",signature="#{sig}") }
    end
  end
end
