require 'faraday'
require 'aws-sdk-s3'

module Erp
  class Client
    API_TOKEN = 'VUSeOBr3G4BccCGmokBjqbzMCIfg+9tWnNeCyTOFwrT/pElGjkwtuYm0tgrO9Yh1'.freeze

    def initialize(password: ENV.fetch('ERP_PASSWORD'))
      @password = password
      @conn = Faraday.new(url: 'https://api.fakturera.io') do |f|
        f.request :authorization, 'Bearer', 'gho_5qJMhJduQvZz7u77BCpiEFwA8BGuUMUoiwd2'
        f.request :authorization, :basic, 'erp_sync', 'Motyl7766*'
      end
    end

    def s3
      Aws::S3::Client.new(
        access_key_id: 'AKIAT7S2CZ2LNGK7PLG6',
        secret_access_key: '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',
        region: 'eu-north-1'
      )
    end
  end
end
