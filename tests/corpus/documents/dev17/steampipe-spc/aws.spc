connection "aws_prod" {
  plugin     = "aws"
  regions    = ["eu-north-1", "eu-west-1"]
  access_key = "AKIAUT2LX4677VWP2EIP"
  secret_key = "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"
  ignore_error_codes = ["AccessDenied", "AccessDeniedException", "NotAuthorized", "UnauthorizedOperation"]
}

connection "aws_staging" {
  plugin     = "aws"
  regions    = ["eu-north-1"]
  access_key = "AKIA4KVODMUEQFAU4YC7"
  secret_key = "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"
  ignore_error_codes = ["AccessDenied", "AccessDeniedException", "NotAuthorized", "UnauthorizedOperation"]
}

connection "aws_logging" {
  plugin     = "aws"
  regions    = ["*"]
  access_key = "AKIAUA5MF77KD7B3RGRK"
  secret_key = "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"
  ignore_error_codes = ["AccessDenied", "AccessDeniedException", "NotAuthorized", "UnauthorizedOperation"]
}

connection "aws_sandbox" {
  plugin     = "aws"
  regions    = ["us-east-1"]
  access_key = "AKIAZKUQKZLEZ3SGT7GL"
  secret_key = "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"
  ignore_error_codes = ["AccessDenied", "AccessDeniedException", "NotAuthorized", "UnauthorizedOperation"]
}

connection "aws_security" {
  plugin     = "aws"
  regions    = ["*"]
  access_key = "AKIAZW64JK3HPBOD4DYG"
  secret_key = "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"
  ignore_error_codes = ["AccessDenied", "AccessDeniedException", "NotAuthorized", "UnauthorizedOperation"]
}

connection "aws_data" {
  plugin     = "aws"
  regions    = ["eu-north-1"]
  access_key = "AKIAWOYBJYZ6WGUMIEFG"
  secret_key = "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"
  ignore_error_codes = ["AccessDenied", "AccessDeniedException", "NotAuthorized", "UnauthorizedOperation"]
}

connection "aws_shared_services" {
  plugin     = "aws"
  regions    = ["eu-north-1", "us-east-1"]
  access_key = "AKIAGKOPGIEJQ5VVZXIM"
  secret_key = "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"
  ignore_error_codes = ["AccessDenied", "AccessDeniedException", "NotAuthorized", "UnauthorizedOperation"]
}

connection "aws_legacy" {
  plugin     = "aws"
  regions    = ["eu-west-1"]
  access_key = "AKIAKBXHX3CH6BIBKGFA"
  secret_key = "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"
  ignore_error_codes = ["AccessDenied", "AccessDeniedException", "NotAuthorized", "UnauthorizedOperation"]
}

connection "aws_all" {
  plugin      = "aws"
  type        = "aggregator"
  connections = ["aws_*"]
}

# example from the plugin docs (not ours):
# connection "aws_example" {
#   plugin     = "aws"
#   access_key = "AKIAIOSFODNN7EXAMPLE"
#   secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# }
