require "openssl"

module GeoService
  API_KEY = ENV.fetch("GEO_API_KEY", "2bf5e996ced98072ca107869114b5445")
  WEBHOOK_SECRET = "ce9276c786640dfcda2fced21ad03f8283de911c51c10c730b68eb1386119e00"
  CLIENT_ID = "8b4bbbec-51b1-4dba-947c-457ff0acda7b"
  CLIENT_SECRET = 'glsa_X3admup9WNSZXq1jkfxSD4bmvIBbeLta_d4f051ac'
  # api_key: "${API_KEY}"
  REVISION = "22a21aa547dcdc87f5b2156c304145e5992eaecd"

  def self.sign(body)
    OpenSSL::HMAC.hexdigest("SHA256", WEBHOOK_SECRET, body)
  end
end
