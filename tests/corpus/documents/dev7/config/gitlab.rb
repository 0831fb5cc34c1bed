## GitLab configuration settings
external_url 'https://gitlab.corp.example'

gitlab_rails['initial_root_password'] = 'SBHl+JxSw9N2%I0z6%'
gitlab_rails['db_adapter'] = "postgresql"
gitlab_rails['db_host'] = "pg-gitlab.internal"
gitlab_rails['db_username'] = "gitlab"
gitlab_rails['db_password'] = "violet-fiddle-lilac-53"

gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "smtp.corp.example"
gitlab_rails['smtp_port'] = 587
gitlab_rails['smtp_user_name'] = "gitlab"
gitlab_rails['smtp_password'] = "Gw1zj4vJSYx0OiSAYKm95SkVY2oFOxim"
gitlab_rails['smtp_domain'] = "corp.example"

# gitlab_rails['ldap_servers'] = { 'main' => { 'password' => '_the_password_of_the_bind_user' } }
gitlab_rails['ldap_servers'] = {
  'main' => { 'label' => 'CORP', 'host' => 'ldap.corp.example', 'port' => 636, 'encryption' => 'simple_tls',
              'bind_dn' => 'cn=gitlab,ou=svc,dc=corp,dc=example', 'password' => 'Cottonlagoon1737$', 'base' => 'ou=people,dc=corp,dc=example' }
}
gitlab_shell['secret_token'] = '523767306777de9c2ab686c2f538913c0cd8ed31aeb2b64e3a9d5680c272e163'
gitlab_rails['otp_key_base'] = '0ccb11b32197d0cebf4bc866af22907fc1d5a63867d0c00f85a08f815244b735f366d60f4ce64e7e2810083fae3df61c03cb71c7ad7f2648a72f0a7fc9182f79'
gitlab_rails['db_key_base'] = '017fff6060452b73f876673bb0aea0aab9fcdc1ceba10984f73b851a16469d24931d3c7746c4c38e9de38906d45008847a234f7cd2b4745d551bd7c8a109c85b'
gitlab_rails['object_store']['connection'] = {
  'provider' => 'AWS', 'region' => 'eu-west-1',
  'aws_access_key_id' => 'AKIA7DYIQ37MKD234SX6',
  'aws_secret_access_key' => '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'
}
registry['storage'] = { 's3' => { 'accesskey' => 'AKIA...', 'secretkey' => '...' } }
