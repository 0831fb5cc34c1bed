region          = "eu-west-1"
environment     = "prod"
instance_type   = "m6i.large"
allowed_cidrs   = ["81.204.67.11/32", "10.0.0.0/8"]

db_master_password = "8WKVBaUL_eg6PW0"
stripe_secret = "rk_live_wnTZGempCcWNwEhckWH5wVDQ"
slack_api_token = "xoxs-31161341669-5089437269359-2833872420167-92ea813019061626bc61dd9dca7ca0cfa0ce1560a8fbd6ceec368b1e88d4f89f"
twilio_api_key_sid = "SKc7a4542da53c5a037d3ca4ac9a583b24"
service_jwt = "eyJhbGciOiJSUzI1NiIsImtpZCI6IjZNX1Rnc1ctaldhb1dzU3dnSlF0dmkiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJodHRwczovL2xvZ2luLm1pY3Jvc29mdG9ubGluZS5jb20vZTIzMTI0MTEtY2FhMy00YjgyLWFjNGItZDBiZjkwYzdiNTlkL3YyLjAiLCJzdWIiOiIxNGM4NjZmNi0zNDdkLTRkZWEtOTdkMy1mOWE0NDVkMGZhYjMiLCJhdWQiOiJhcGk6Ly9kZWZhdWx0IiwiaWF0IjoxNzYzNzM5NDM0LCJleHAiOjE3NjM3NDAzMzQsInNjb3BlIjoicmVhZDpvcmRlcnMgd3JpdGU6b3JkZXJzIn0.O_zvMoipecYy73mB4lttk-lIKIZebwwnpW0kNsgL0FN5Pts9CH0ld5xNdaw3FY8AbZ0T6ZfoiQuCT6K-CwNOtVvDdDqNv0vAiI8dfj2Az9eGB9et8bXyLhHXBp_3diiNBeJhV-BDRWpKMSosy6np8Ug3i2wouqq2-pxcEx3fQWf92O6W2ea50R0VwUTPxvUp9bxGkzkBNFYvOX5oOgH6BDx1NPczmC2MpaxZjnr7LIkfVBJx--OfWgnzaq2Eo56LH8Tokzpah1qaigUOnypy8PezRZ14B0JoINuxavAXhwDXMYmLWbuIT1NGv_nwrhsKXeCNVRZJgxNmEDQU12SQWg"
github_token = "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"
iam_user_id = "AROAJYTII4YRR3VX4F2GS"
api_key = ""
shopify_access_token = "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"
mongo_uri = "redis://:password@localhost:6379"
ssl_key = "~/.ssh/id_ed25519"
aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"
aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"

tags = {
  owner       = "platform"
  cost_center = "CC-70769"
  ticket      = "OPS-6719"
}
