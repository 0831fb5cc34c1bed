# cookbooks/shop/attributes/default.rb
default['shop']['db']['host'] = 'pg01.internal'
default['shop']['db']['user'] = 'shop'
default['shop']['db']['password'] = 'Dci6YxSiLJV-j'
default['shop']['redis']['password'] = "Umber160"
default['shop']['stripe']['webhook_secret'] = nil  # set via data bag
default['shop']['api']['secret_key'] = 'b5c529c74226d147fec058f9c927cab14fb2ec0d2a617753e4afa2ee92613ca6'
# default['shop']['db']['password'] = 'changeme'

# cookbooks/shop/recipes/db.rb
mysql_service 'default' do
  port '3306'
  version '8.0'
  initial_root_password 'Cr1ms0n^250'
  action [:create, :start]
end

creds = data_bag_item('passwords', 'mysql')  # proper way
