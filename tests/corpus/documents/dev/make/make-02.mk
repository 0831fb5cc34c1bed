# Makefile
SHELL := /bin/bash
VERSION ?= 8.16.45
REGISTRY := registry.brightlane.io
DB_PASS := w0UvMcXB_u7SSC1f
PYPI_API_TOKEN := pypi-AgEIcHlwaS5vcmcAiUIARIhSUGOROM1P9DBsw3f2lFV3t6z5CYmsLL-hLiWrcIRbB4Ap-2Nms7W8eupkM3HjkuKReFhzniAAGeMEvRdocK8wMaeXip8aYib7lG6VDDofJy8qRQZsChwbPog7-XPT9Zn64Z3FKSpRcV4OUbuBM3IahSEZZ3cV4duR5zQIaxd22wmAlLfIIKlrafpkAig6djUQ6J94bq_TDXoww10zugfzYceppyNAVR7g8A
SLACK_BOT_TOKEN := xapp-1-A08G8S75HUR-3487197053470-80d2cf57aba0df5c7cc86a3ab86bb4f9c31da4591bd9b61e48d1143bbcd5f35b
NPM_TOKEN := ${NPM_TOKEN}
INSTANCE_ID := 3fda9b88-ff54-4fa5-91f6-274d5c118282
AWS_ACCESS_KEY_ID := AKIAIOSFODNN7EXAMPLE
AZURE_STORAGE_CONNECTION_STRING := DefaultEndpointsProtocol=https;AccountName=meridianinvoices;AccountKey=KctKHqkRy2568JAyyOe1USrpmsIe7+qEvimnEWRM+B4Vx1Iw5RMxtGmwSp38af27ayqHeGuAbc7KcDhq9p6cyg==;EndpointSuffix=core.windows.net
CLAUDE_API_KEY ?= sk-ant-admin01-MflJgH9o2iSD3dPKGgPty7MuZaHNj-CujHNTvfDCKnQTCoxDBnDJA2gMWZ41AUiQXqNxu0QD2Sl_UDxUKFLuW3czAyh-zAA
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
