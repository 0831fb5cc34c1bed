#!/usr/bin/env bash
# source me: temporary credentials for the orders-api account
export AWS_ACCESS_KEY_ID="AKIAVJNFO72DSG6YWN5Q"
export AWS_SECRET_ACCESS_KEY="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"
export AWS_DEFAULT_REGION=us-east-1
# export AWS_SESSION_TOKEN=...
unset AWS_PROFILE
aws sts get-caller-identity
