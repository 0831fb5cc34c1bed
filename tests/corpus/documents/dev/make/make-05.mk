# Makefile
SHELL := /bin/bash
VERSION ?= 8.38.29
REGISTRY := registry.brightlane.io
DB_PASS := walnut-lemon-puzzle-biscuit15
SMTP_PASSWORD := {{ .Values.smtp.password }}
SECRET_NAME ?= prod/db/credentials
MAILGUN_API_KEY ?= key-d3a0e81b81f5dfdab1dece410d7df257
EMAIL_PROVIDER_KEY = 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
RELEASE = 2026.6.14
PYPI_API_TOKEN = pypi-AgEIcHlwaS5vcmcAiUIARIhWm4sITpSNgKTw-D9gPkIvh2lT3fqyuWfePVf3kH56A76uqFW02j2Y23dLZk7rX2S3JzBY7NjnIFZ4KFlaEeJyIE2DTZsKJvPNrMJLjc0yhduMX-wHuqpeT-KcuJs0aNr0q30gfU7RmElR0cXFynYWZ-409GkPsER7LhRB-G5iqEvj5eYQFgQashYnohT6bKalKFE_39-
DD_API_KEY = d0d86392a55fc02aa684e7bdfefc83cd
ASSET_SIG ?= RciIC+cCymRzfyFY58B6AIzaSyHJGOfA85JzNM9PexIJhtRDSjlIWYCSSkHlBODUEh5Jyp9ZUF9xVS27tDN6RrnwC
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
