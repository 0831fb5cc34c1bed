current_dir = File.dirname(__FILE__)
log_level                :info
node_name                "ops-anna"
client_key               "#{current_dir}/ops.pem"
chef_server_url          "https://chef.corp.local/organizations/nordkraft"
cookbook_path            ["#{current_dir}/../cookbooks"]
knife[:aws_access_key_id]     = "AKIAQI475DZVWTZMXVUD"
knife[:aws_secret_access_key] = "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"
knife[:vault_mode] = "client"
knife[:secret_file] = "/etc/chef/encrypted_data_bag_secret"
