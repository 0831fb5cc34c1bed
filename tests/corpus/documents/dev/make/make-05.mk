# Makefile
SHELL := /bin/bash
VERSION ?= 8.32.69
REGISTRY := registry.brightlane.io
DB_PASS := 5DxF7OG00tSzPa
AZURE_STORAGE_SAS_CONNECTION_STRING := BlobEndpoint=https://acmeprodassets.blob.core.windows.net/;QueueEndpoint=https://acmeprodassets.queue.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bq&srt=sco&sp=rwdlacup&se=2027-03-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig=0PJ9duTTznk8omrgfNfIWnnvNSQiLGCX9YlEgZqYG6A%3D
OPENAI_API_KEY := 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
DATABASE_URL := postgresql://app:${DB_PASSWORD}@db:5432/app
CACHE_KEY ?= 659b739a5ef9046783e0a938f172ed1fcc30b3ee69e3ec5768668fbd5876c268
FEATURE_CHECKOUT_V2 ?= true
SLACK_TOKEN := xoxs-79932030603-0UhdsDcTVbI9HzfQpEHLcDLg8cZC9a
APP_VERSION ?= 10.0.21.81
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
