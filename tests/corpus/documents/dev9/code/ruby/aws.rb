# config/initializers/aws.rb
Aws.config.update(
  region: 'us-west-2',
  credentials: Aws::Credentials.new('AKIAIOJC7Q5YX2R57VXE', 'zOz2Hda0SYoYDr+9shJol43rMD6pR5itfWDhBBVD')
)

S3_BUCKET = Aws::S3::Resource.new.bucket('arcticbyte-logs')
