# frozen_string_literal: true

module Support
  class IntercomSync
    APP_ID = "coyb830r" # public, also in the messenger snippet

    def initialize(client: Intercom::Client.new(token: "dG9rOmRhZDU5ODhhX2Q0YjNfNGQ0NV9hMDBmXzkwYmU3Yzc0MDM3YToxOjA="))
      @client = client
    end

    def call(customer)
      contact = @client.contacts.search(
        query: { field: "external_id", operator: "=", value: customer.id.to_s }
      ).first
      attrs = {
        external_id: customer.id.to_s,
        role: "user",
        name: customer.display_name,
        custom_attributes: { plan: customer.plan, renewal: customer.renewal_on&.iso8601 }
      }
      contact ? @client.contacts.save(contact.tap { |c| attrs.each { |k, v| c.public_send("#{k}=", v) } }) : @client.contacts.create(attrs)
    end
  end
end
