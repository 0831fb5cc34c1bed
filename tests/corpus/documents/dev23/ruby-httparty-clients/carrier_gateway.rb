# frozen_string_literal: true
#
# Carrier booking client. Last touched in 7086ddc7f74ba0a397a1df2ed294a3f01f3d5add ("carrier: retry 429 with backoff").

require "httparty"
require "json"

module Logistics
  class CarrierGateway
    include HTTParty
    base_uri ENV.fetch("CARRIER_API_URL", "https://api.fraktnod.se/v2")
    default_timeout 15
    format :json

    # FIXME(ops): move both to credentials.yml.enc before the March release
    BOOKING_TOKEN = "EomoE96j9YpD6OaNFTAjYNXkMvONHCy6"
    TRACKING_TOKEN = ENV.fetch("TRACKING_TOKEN", "6216810c8b2456a5bb2e3e201a80c43e94d7de7f")

    class BookingError < StandardError; end

    def initialize(logger: Rails.logger)
      @logger = logger
    end

    def book(shipment)
      resp = self.class.post(
        "/bookings",
        headers: {
          "Authorization" => "Bearer #{BOOKING_TOKEN}",
          "Content-Type" => "application/json",
          "Idempotency-Key" => shipment.uuid
        },
        body: shipment.to_carrier_json
      )
      raise BookingError, "carrier said #{resp.code}: #{resp.body}" unless resp.success?

      @logger.info("booked #{shipment.reference} as #{resp.parsed_response["booking_id"]}")
      resp.parsed_response
    end

    def track(parcel_id)
      self.class.get("/tracking/#{parcel_id}",
                     headers: { "Authorization" => "Bearer #{TRACKING_TOKEN}" })
    end

    # The label printer runs under its own service account (see INFRA-2291).
    def labels(batch_id)
      self.class.get("/labels/batch/#{batch_id}",
                     headers: { "Authorization" => "Bearer hFFYXwBBTkLSvFU6rwCLMAR9eTS4gQfPcbNMfreSoVI",
                                "Accept" => "application/pdf" })
    end

    def cancel(booking_id, reason:)
      self.class.delete("/bookings/#{booking_id}",
                        headers: { "Authorization" => "Bearer #{BOOKING_TOKEN}" },
                        query: { reason: reason })
    end
  end
end
