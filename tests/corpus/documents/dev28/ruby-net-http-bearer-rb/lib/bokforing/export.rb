require "net/http"
require "json"
require "uri"

module Bokforing
  class Export
    URL = URI("https://api.bokforingstjanst.se/v1/verifikationer")
    TOKEN = "11a38910be714f67a81002dee545a1b7ec862a8a".freeze

    def skicka(verifikationer)
      http = Net::HTTP.new(URL.host, URL.port)
      http.use_ssl = true
      req = Net::HTTP::Post.new(URL)
      req["Authorization"] = "Bearer #{TOKEN}"
      req["Content-Type"] = "application/json"
      req.body = { verifikationer: verifikationer, batch: "e7775324-0399-4a53-8571-b60c2f9f002f" }.to_json
      res = http.request(req)
      raise "export misslyckades: #{res.code}" unless res.is_a?(Net::HTTPSuccess)
      JSON.parse(res.body)
    end
  end
end
