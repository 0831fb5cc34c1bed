import Config

config :ex_aws,
  access_key_id: [{:system, "AWS_ACCESS_KEY_ID"}, "AKIAHZ64O66PPJ4ZBTLS", :instance_role],
  secret_access_key: [{:system, "AWS_SECRET_ACCESS_KEY"}, "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", :instance_role],
  security_token: "IQoJb3JpZ2luX2VjEYWj9xAWqyYbt76aLqHeRgpxl/NUV9ZAb5zteryt8JXH9iMTQshVJkw3uY2kxo+RLXAMxiM1uWQdEed7ql0NihJNJMf85cxWHJyogLd71FtJas/yDkuMD8k9JiHFR4A2AXWXpd3C+FsER6MCROdQQLUTkc3NGKCvOk+8MU2PzUH4Wac+B+j+08Rh1RvBhACpWBpekpRnBMxapTmUjy6rK77/qORgqyApo+Y5DmI+VVAHm8GdvbL/DkAVKY0bW+xulufvaVd2sYh8L0PJG7tC+Lics1B3dvMeSacalh9jZZoZ1",
  region: "eu-north-1"

config :ex_aws, :s3, scheme: "https://", host: "s3.eu-north-1.amazonaws.com"
