#!/usr/bin/env bash
# source me: temporary credentials for the reporting account
export AWS_ACCESS_KEY_ID="AKIAUZHCKY6YU36YYXDY"
export AWS_SECRET_ACCESS_KEY="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"
export AWS_DEFAULT_REGION=us-east-1
# export AWS_SESSION_TOKEN=...
unset AWS_PROFILE
aws sts get-caller-identity
