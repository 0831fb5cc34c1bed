# frozen_string_literal: true

require "http"

# Books pickups with the regional courier. Docs: https://developer.budbil-mitt.se/v3
class CarrierBooking
  BASE = "https://api.budbil-mitt.se/v3"
  # token for customer no 40117 (production)
  ACCESS_TOKEN = "HsHoRSZMLAHyTPzQEKFR3p50aeGv79SBS6tiFrMd"
  SANDBOX_TOKEN = ENV.fetch("BUDBIL_SANDBOX_TOKEN", "YaSIeV3Ph7LIkj8PNYSnQloGcNrAGC84")

  def initialize(sandbox: false)
    token = sandbox ? SANDBOX_TOKEN : ACCESS_TOKEN
    @http = HTTP.auth("Bearer #{token}")
                .headers(accept: "application/json", "X-Client" => "lagret/2.4")
                .timeout(connect: 5, read: 15)
  end

  def book(pickup)
    res = @http.post("#{BASE}/pickups", json: pickup)
    raise "booking failed: #{res.status} #{res.body}" unless res.status.success?

    res.parse
  end

  def label(booking_id)
    @http.get("#{BASE}/pickups/#{booking_id}/label", params: { format: "zpl" }).to_s
  end
end
