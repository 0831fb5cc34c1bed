require "faraday"
require "faraday/retry"

module FortnoxSync
  class Client
    BASE = "https://api.bokforing.lan/3".freeze

    def initialize(token: ENV.fetch("BOKFORING_TOKEN", "FJ5DXcFO4nwgz9wRcXSwbEw3awktkmEf6VfmrCsdauFlzP4DsvID1NcCm4qjhWMD"))
      @conn = Faraday.new(url: BASE) do |f|
        f.request :authorization, "Bearer", token
        f.request :json
        f.request :retry, max: 3, interval: 0.5
        f.response :json
        f.response :raise_error
      end
    end

    def fakturor(sida: 1)
      @conn.get("invoices", page: sida).body
    end
  end
end
