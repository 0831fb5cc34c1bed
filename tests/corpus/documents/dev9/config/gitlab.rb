external_url 'https://git.bluefjord.tech'
gitlab_rails['object_store']['enabled'] = true
gitlab_rails['object_store']['connection'] = {
  'provider' => 'AWS',
  'region' => 'eu-west-1',
  'aws_access_key_id' => 'AKIALL4FHAV6ZC5YKACJ',
  'aws_secret_access_key' => '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'
}
gitlab_rails['object_store']['objects']['artifacts']['bucket'] = 'orbit-freight-docs'
