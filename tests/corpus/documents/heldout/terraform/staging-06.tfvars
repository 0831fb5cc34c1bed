region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.2xlarge"
allowed_cidrs   = ["88.51.43.82/32", "10.0.0.0/8"]

db_master_password = "Saffron994#"
role_id = "AIDAXOFNSBHU33OBBAXZ5"
dd_application_key = "75b1cae6ac71c41c645615aae65157ac"
test_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
secretaccesskey = "mPccT0dvBZU+1NwcrpnRrrVw8ZNxijZ6V5gNm2ap"
redis_url = "postgresql://postgres@localhost/dev"
slack_app_token = "xoxp-824074067812-8031302965787-9097775596227-7e438c1a800f65985d373899420cf155"
azure_storage_connection_string = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
gitlab_token = "gloas-0238e3bd43cb5a6da0c85c6ffd3776b916af7d5f4813d2bb23c6a28d37f39819"
mailgun_api_key = "key-c99fbbfb1ea94acda6ace42e74cba9aa"
slack_webhook_url = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"

tags = {
  owner       = "platform"
  cost_center = "CC-66051"
  ticket      = "OPS-2272"
}
