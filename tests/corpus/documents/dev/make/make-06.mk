# Makefile
SHELL := /bin/bash
VERSION ?= 8.3.41
REGISTRY := registry.brightlane.io
DB_PASS := pickle-meadow-walnut-rhubarb29
PYPI_API_TOKEN := pypi-AgEIcHlwaS5vcmcAiUIARIh-YvMtX-dQ2Y-q5-ju8ndThMfJ-1p5yD218GMV_5OARKeRLoqpg-dewjDsrHZ-Wct0nzJzAtPLV0YaphHnyRyiQzcKXYFDbXC9m7dmIh-_tC9o2gM3lIHHDr36fDYs9yrxDonWYf8aO_GZ-iArwrhMc3O4YokOO8dZkV40ZSDGLped6dEOMOjSrJfoz5XapYA60rqxirXbzlaJbKYD808NCuHRcoqKjv09mo
TWILIO_API_KEY = SK6f1181848bbdd4a41cf0414786a1301c
PORTS ?= 80,443,8080,8443,9090
NEXUS_AUTH_HEADER := Basic d2ViaG9vazpPUFBTa1VGdXlGalhibGxHTnpH
DB_USER := backup
PASSWORD_RESET_URL = https://accounts.brightlane.io/reset
SHOPIFY_APP_SECRET := 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
STRIPE_PUBLISHABLE_KEY ?= pk_live_51bHLnTZWBt2SOWVoyxNz3M0IEPfCbw5DKycEan0EBhOJUC1Mt33wfncDTEA12aovViH9gqT7o34gchZbM1ml4xX5CKGOLbOL28
DEMO_JWT ?= eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
