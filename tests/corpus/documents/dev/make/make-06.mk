# Makefile
SHELL := /bin/bash
VERSION ?= 12.34.72
REGISTRY := registry.brightlane.io
DB_PASS := lemon-socket-copper-staple56
ASSET_SIG := mIA0rOn5z2ZvFUNcX3dXAIzaSy28TM430HnCPK0KuMfJ8bAvX03hZbzB8ZMHzXLvsZKYJv0Th47AJaDwVHFAoqx/P
FIREBASE_API_KEY ?= AIzaSyUO5sQQKbEkpaZMU8Q3BUSVrKRpXpOXJv3
REDIS_PASSWORD := 
EMAIL_PROVIDER_KEY ?= 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
SMTP_PASSWORD := {{ .Values.smtp.password }}
AZURE_STORAGE_SAS_CONNECTION_STRING := BlobEndpoint=https://meridianinvoices.blob.core.windows.net/;QueueEndpoint=https://meridianinvoices.queue.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bq&srt=sco&sp=rwdlacup&se=2027-03-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig=pLxbJS0U%2F6bgX0%2F6LckqzsGwoPE6E%2FkpP9DxVtlgwvw%3D
INSTANCE_ID := b1ac0de5-2a0f-4ac7-8340-cea76fb98999
DB_PASSWORD ?= changeme
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
