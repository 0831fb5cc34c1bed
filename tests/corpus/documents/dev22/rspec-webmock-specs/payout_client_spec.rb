require "rails_helper"

RSpec.describe PayoutClient do
  let(:token) { "DgBg_Ty4OJHQFLgp9yrthqO8tqeoA-LT" }
  subject(:client) { described_class.new(token: token) }

  before do
    stub_request(:post, "https://api.utbetalning.se/v1/payouts")
      .with(
        body: hash_including(amount: 125_00, currency: "SEK"),
        headers: { "Authorization" => "Bearer DgBg_Ty4OJHQFLgp9yrthqO8tqeoA-LT", "Content-Type" => "application/json" }
      )
      .to_return(status: 201, body: { id: "po_1" }.to_json)

    stub_request(:get, "https://api.utbetalning.se/v1/balance")
      .with(headers: { "Authorization" => "Bearer hQBk_6DO2EHhtnDEzFZWh-I5k8JGLFgp" })
      .to_return(status: 200, body: { available: 10_000_00 }.to_json)
  end

  it "creates a payout" do
    expect(client.create_payout(amount: 125_00)).to include("id" => "po_1")
  end

  it "rejects an invalid token" do
    stub_request(:get, /balance/).with(headers: { "Authorization" => "Bearer invalid" }).to_return(status: 401)
    expect { described_class.new(token: "invalid").balance }.to raise_error(PayoutClient::Unauthorized)
  end
end
