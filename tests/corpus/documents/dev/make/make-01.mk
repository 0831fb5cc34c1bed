# Makefile
SHELL := /bin/bash
VERSION ?= 17.4.25
REGISTRY := registry.brightlane.io
DB_PASS := Svc_VSX4GNya7z
SHOPIFY_ADMIN_API_TOKEN ?= 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
ALERTMANAGER_SLACK_URL := http://hooks.slack.com/workflows/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
SLACK_REFRESH_TOKEN := xoxe-1-93oC9b72hA5TigZYJzdYf7DLRWlGzglT4qLUcI9q0JE8gb224Xwc7hDMkEPe9QCVzK4deiJkzQk2j3kMRiR6RNQzAh0ApWeeIffAjZmi0aN5wgXtqogcO02OrsycxT4hz1Nt0idANSvpHh4bUh
HF_TOKEN := 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
PORT := 8443
SECRET_NAME ?= prod/db/credentials
AWS_USER_ID ?= AIDATKYS3AEXLAF5PBMOU
DEMO_JWT ?= eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
