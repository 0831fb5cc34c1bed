require 'faraday'
require 'aws-sdk-s3'

module Erp
  class Client
    API_TOKEN = '8lePidQW82eHGZ7qgcFjqYW8'.freeze

    def initialize(password: ENV.fetch('ERP_PASSWORD'))
      @password = password
      @conn = Faraday.new(url: 'https://api.eu-north-1.compute.internal') do |f|
        f.request :authorization, 'Bearer', '_mHMNfxulRj4ZQPSkY94LaXYM1hSt2xQZCsknUsJJ0Q'
        f.request :authorization, :basic, 'erp_sync', 'Simit.98450'
      end
    end

    def s3
      Aws::S3::Client.new(
        access_key_id: 'AKIAP4EQCK2QMOJNDZ3F',
        secret_access_key: '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',
        region: 'eu-north-1'
      )
    end
  end
end
