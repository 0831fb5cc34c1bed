#!/usr/bin/env bash
# source me: temporary credentials for the notifier account
export AWS_ACCESS_KEY_ID="ASIADNWGEJ2JG2L3BJVA"
export AWS_SECRET_ACCESS_KEY="WoOgKR2MhgHeJJmnwA4D/0S71hiy59n8Eey0BsaA"
export AWS_DEFAULT_REGION=us-east-1
# export AWS_SESSION_TOKEN=...
unset AWS_PROFILE
aws sts get-caller-identity
