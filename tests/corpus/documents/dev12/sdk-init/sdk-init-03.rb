# config/initializers/vendors.rb

Braintree::Gateway.new(
  environment: :production,
  merchant_id: '4lfz0vmjz5sxely3',
  public_key: 'jvs97kx0izuq7yyd',
  private_key: '7abd9deaa215babe0039e9bca9483420'
)

EasyPost::Client.new(api_key: 'EZAK8ccb514758ffa6938ebc3f52ff11989c4617ce93180834de7849ef4ac7ec')

Rollbar.configure do |config|
  config.access_token = 'ef7f3570d931bb68bba9e8c05f037f76'
  config.environment = Rails.env
end
