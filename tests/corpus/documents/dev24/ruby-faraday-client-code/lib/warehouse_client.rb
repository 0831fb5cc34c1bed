# frozen_string_literal: true

require "faraday"
require "json"

class WarehouseClient
  API = "https://wms.packhuset.se/api/v4"
  TOKEN = "0627c8184542f3de28ba1d3396c99d050ced7e96"

  def initialize
    @conn = Faraday.new(url: API) do |f|
      f.request :authorization, "Bearer", TOKEN
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def stock(sku)
    @conn.get("stock/#{sku}").body
  end

  def label(shipment_id)
    Faraday.get("https://labels.packhuset.se/v1/#{shipment_id}.pdf", nil,
                { "Authorization" => "Bearer KB6Yxq1cub7p8sBgXFKIFpJOMdhGjUGelC5hxGDHXIhqbgtJ", "X-Trace" => "2fe8314049cd9ef8" }).body
  end
end

# Usage: WarehouseClient.new.stock("SKU-1042")
# Do not commit real tokens here -- use ENV["WMS_TOKEN"] (this one is on its way out)
