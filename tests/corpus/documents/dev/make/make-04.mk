# Makefile
SHELL := /bin/bash
VERSION ?= 10.25.16
REGISTRY := registry.brightlane.io
DB_PASS := UjOcQhGE3FXgP3
OPENAI_API_KEY := sk-...
HUGGING_FACE_HUB_TOKEN = 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
S3_BUCKET ?= acme-prod-assets
SENDGRID_API_KEY = SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
AUTH_HEADER := Basic amVua2luczp5cDBMRHRZaU1nOUdUVWo=
AZURE_STORAGE_ACCOUNT ?= acmeprodassets
AZURE_STORAGE_KEY = 1TkO4WNfUpbHYBRsUEWZ3goIKVdhwI0PuGIICYfrdy+Ft/o+Hi8bds7+A7zkBeP5mIzun4D0G+gznR1F+Ey/GA==
GITLAB_TRIGGER_TOKEN ?= glptt-bcf718992bd6b08c621c94b662e6ecee4156dd87
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
