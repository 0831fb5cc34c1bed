require "MailchimpMarketing"
require "digest"

module Nyhetsbrev
  LIST_ID = "0d43e62c7d"

  def self.client
    @client ||= MailchimpMarketing::Client.new.tap do |c|
      c.set_config(api_key: "672b49d721294879c9426aa7c924ebc2-us14", server: "us14")
    end
  end

  def self.prenumerera(epost, namn)
    hash = Digest::MD5.hexdigest(epost.downcase)
    client.lists.set_list_member(LIST_ID, hash, {
      email_address: epost,
      status_if_new: "pending",
      merge_fields: { FNAME: namn }
    })
  end
end
