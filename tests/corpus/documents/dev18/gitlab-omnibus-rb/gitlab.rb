## GitLab configuration settings
##! This file is generated during initial installation and **is not** modified
##! during upgrades.
external_url 'https://gitlab.britek-care.tech'

gitlab_rails['initial_root_password'] = "Football2018#x"
gitlab_rails['initial_shared_runners_registration_token'] = "3XIKr7ksZaZDxElnxjKZ6FeB7q4qqhsm"

### Email Settings
gitlab_rails['gitlab_email_enabled'] = true
gitlab_rails['gitlab_email_from'] = 'gitlab@britek-care.tech'
gitlab_rails['gitlab_email_display_name'] = 'GitLab'

gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "email-smtp.eu-west-1.amazonaws.com"
gitlab_rails['smtp_port'] = 587
gitlab_rails['smtp_user_name'] = "AKIAWBVXRCQEIIIBYZGK"
gitlab_rails['smtp_password'] = "Orbit459!lBi1j"
gitlab_rails['smtp_domain'] = "britek-care.tech"
gitlab_rails['smtp_authentication'] = "login"
gitlab_rails['smtp_enable_starttls_auto'] = true

### LDAP Settings
gitlab_rails['ldap_enabled'] = true
gitlab_rails['ldap_servers'] = YAML.load <<-'EOS'
  main:
    label: 'AD'
    host: 'dc01.ad.britek-care.tech'
    port: 636
    uid: 'sAMAccountName'
    bind_dn: 'CN=svc-gitlab,OU=Service Accounts,DC=ad,DC=britek-care,DC=tech'
    password: 'Cedar624-i41Vl'
    encryption: 'simple_tls'
    base: 'DC=ad,DC=britek-care,DC=tech'
EOS

### Consolidated object storage configuration
gitlab_rails['object_store']['enabled'] = true
gitlab_rails['object_store']['proxy_download'] = true
gitlab_rails['object_store']['connection'] = {
  'provider' => 'AWS',
  'region' => 'eu-north-1',
  'aws_access_key_id' => 'AKIAIFHISDT6TKV2TYNP',
  'aws_secret_access_key' => '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'
}
gitlab_rails['object_store']['objects']['artifacts']['bucket'] = 'gitlab-artifacts'
gitlab_rails['object_store']['objects']['lfs']['bucket'] = 'gitlab-lfs'
gitlab_rails['object_store']['objects']['uploads']['bucket'] = 'gitlab-uploads'

### Backup settings
gitlab_rails['backup_upload_connection'] = {
  'provider' => 'AWS',
  'region' => 'eu-north-1',
  'aws_access_key_id' => 'AKIAKMMCXRZQL2WTCNAV',
  'aws_secret_access_key' => '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'
}
gitlab_rails['backup_upload_remote_directory'] = 'gitlab-backups'
gitlab_rails['backup_keep_time'] = 604800

# Contact for the admin area banner
gitlab_rails['gitlab_support_email'] = 'm.eriksson@britek-care.tech'

# postgresql['sql_user_password'] = 'MD5 hash of the password'
postgresql['sql_user_password'] = '977b90314038a4ea69f542ab9404d91f'
gitlab_rails['db_password'] = '2a60G?HJQg1tDQRlhFRy'
gitlab_rails['incoming_email_password'] = "Otter342?Awcpp"
gitlab_shell['secret_token'] = 'f399ea5f5d7d290a8d008715dc72fd8112be830c2e92de5f81b76aac723336a7'
gitlab_rails['monitoring_whitelist'] = ['127.0.0.0/8', '::1/128']
