# Makefile
SHELL := /bin/bash
VERSION ?= 11.11.81
REGISTRY := registry.brightlane.io
DB_PASS := Maple143Harbor
PORTS := 80,443,8080,8443,9090
SLACK_USER_TOKEN ?= xoxp-470603592012-497085725866-6868854011444-7376a98fcbcd26ffbdbbd4795954089e
PASSWORD_HASH ?= $2b$12$IQuKy44xDL3FHupFTbYKWkIWbBvqyXnLzvqFgTcmdmEnm.4YST6c7
SMTP_PORT ?= 587
EMAIL_PROVIDER_KEY = 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
NOTIFY_WEBHOOK = https://hooks.slack.com/services/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
SMTP_PASSWORD := {{ .Values.smtp.password }}
REDIS_PASSWORD := 
AZURE_STORAGE_SAS_CONNECTION_STRING = BlobEndpoint=https://brightlanelogs.blob.core.windows.net/;QueueEndpoint=https://brightlanelogs.queue.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bq&srt=sco&sp=rwdlacup&se=2027-03-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig=wIf4iAvohL%2BrsytUF0ITlEfL%2Fci9%2F6VpjMWzJ1TAWoQ%3D
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
