RSpec.describe Erp::Client do
  let(:client) { described_class.new(password: 'changeme') }

  it 'signs requests' do
    stub_request(:get, 'https://erp.corp.local/v1/orders')
      .with(headers: { 'Authorization' => 'Bearer EAAUGfI8AuBWvqy4AGDImoFpX5R4xqtSKJPN8qHlDKUTOEEK8n62HFTGaoY62i3ygp3H76H4yxKrZ8NyLnQz7RaCDGRURPWOq6L64CmQD4UdJuqxURHjkdx5xR8xsrU1P3cEA1uIPZoUISRcgxRi7wpUSMcGGVBSd8acPr9h0RtfDz27BZVjDyy' })
      .to_return(body: '{"ok":true}')
    expect(client.orders).to be_ok
  end

  it 'keeps the fixture digest' do
    expect(Digest::SHA256.hexdigest(fixture)).to eq('8f4d0c2914523606743f1f23a961ae17b049d4d734d9a1498396ce5c5a21a59b')
  end
end
