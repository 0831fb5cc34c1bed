# Makefile
SHELL := /bin/bash
VERSION ?= 11.19.99
REGISTRY := registry.brightlane.io
DB_PASS := ZD63lBvxmRfAH65
MAX_UPLOAD_MB := 25
TWILIO_ACCOUNT_SID = AC7efd16d62c337862f9f64ae484ebc9fb
GIT_COMMIT := 4cffd4e7a789be864eaf3954201b406c0c615aae
HF_TOKEN = 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
SLACK_WEBHOOK_URL ?= https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
NPM_TOKEN = npm_FExUDZIRRfak1FEvPpf1sdmYytHgSTljOGbL
SHOPIFY_ACCESS_TOKEN ?= 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
DATADOG_API_KEY := 356195c5ed1d99f3bb0f6f8923112d90
AWS_ACCESS_KEY_ID = AKIAIOSFODNN7EXAMPLE
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
