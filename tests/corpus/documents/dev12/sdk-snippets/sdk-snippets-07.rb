Aws.config.update(
  region: 'eu-central-1',
  credentials: Aws::Credentials.new('AKIAKNVPKMDLXVBK753R', 'FPyYKz6hk03b/kYO9CWAt4FTy1f1yrpBMvvoBPF3')
)
# Aws::Credentials.new(ENV['AWS_ACCESS_KEY_ID'], ENV['AWS_SECRET_ACCESS_KEY'])


Aws.config.update(
  region: 'us-east-1',
  credentials: Aws::Credentials.new('AKIA6EJYW7HHZ4DLLRDX', '9/SZAnTErfKJRmDhhXb8JO4Be9X9SBhsnQ9tN85u')
)
# Aws::Credentials.new(ENV['AWS_ACCESS_KEY_ID'], ENV['AWS_SECRET_ACCESS_KEY'])


Aws.config.update(
  region: 'eu-central-1',
  credentials: Aws::Credentials.new('AKIAPZWLHSXBNLFAC3CW', 'Yt9lacnC0dLNUIaV1rNNVzrpkhNBXS3qMhCNBPlw')
)
# Aws::Credentials.new(ENV['AWS_ACCESS_KEY_ID'], ENV['AWS_SECRET_ACCESS_KEY'])
