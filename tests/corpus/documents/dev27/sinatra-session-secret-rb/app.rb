require "sinatra"
require "json"
require "openssl"

# Rack session cookie; must be at least 64 bytes.
set :sessions, true
set :session_secret, ENV.fetch("SESSION_SECRET") { "8fd11eef1dc793c60b1a1e3577f8028b4e1865916f686460cac2f06438842c8fe07c8bc75e427bec0edfcef593ecfbb0300b93fa86f0eb879edf8a91504b830c" }

# Webhook from the e-signing provider (Settings > Webhooks > Signing secret)
ESIGN_WEBHOOK_SECRET = "uBZZSrCcVgKhiAlyiWlykaQQyX0fZ9My"

helpers do
  def verify!(payload, signature)
    digest = OpenSSL::HMAC.hexdigest("SHA256", ESIGN_WEBHOOK_SECRET, payload)
    halt 401 unless Rack::Utils.secure_compare(digest, signature.to_s)
  end
end

post "/webhooks/esign" do
  payload = request.body.read
  verify!(payload, request.env["HTTP_X_ESIGN_SIGNATURE"])
  event = JSON.parse(payload)
  logger.info "esign event #{event["type"]} for document #{event["document_id"]}"
  status 204
end

get "/" do
  session[:visits] = (session[:visits] || 0) + 1
  erb :index
end
