# Makefile
SHELL := /bin/bash
VERSION ?= 8.5.95
REGISTRY := registry.brightlane.io
DB_PASS := yrUqjrjqJkduCz
PYPI_API_TOKEN := pypi-AgEIcHlwaS5vcmcAiUIARIhC7cXfoIUZ6IFIvzfk8AIh06LPQnaQ-Vb3d-L9Sd-whE8eySUR7jEr-AHTMdq3H4HG30MStau4kM70lsVdYfXMyfioECpKDmM8rMfeQgvtjUuXKRWtpHV_9absK_bS3exYNRvoUkoTxI6X6_Csixl7mnjMUgPonnz
MAILGUN_KEY ?= key-55b29b1a46202b2d0e9e746d52b33de2
APP_VERSION ?= 11.7.12
DD_SITE := datadoghq.eu
GOOGLE_API_KEY := AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
DB_PASSWORD = ${DB_PASSWORD}
AWS_ACCESS_KEY_ID = AKIAIOSFODNN7EXAMPLE
STRIPE_KEY ?= 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
DD_API_KEY := 1d8bdd3243a33d673259fbf1515a33b5
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
