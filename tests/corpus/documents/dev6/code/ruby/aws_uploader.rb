require "aws-sdk-s3"

Aws.config.update(
  region: "ap-south-1",
  credentials: Aws::Credentials.new("AKIAR2MTHDSGHRIVDCOA", "F6QNdrYV1JFAsm5MVHbC8qyXP0LhMwDvTgBdKy++")
)

S3 = Aws::S3::Client.new
def upload(key, io) = S3.put_object(bucket: "pine-6442pc", key: key, body: io)
