# Makefile
SHELL := /bin/bash
VERSION ?= 6.0.3
REGISTRY := registry.brightlane.io
DB_PASS := Sparrow7890Cobalt
DEMO_JWT := eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
TWILIO_ACCOUNT_SID := AC126fbdb70cf41ed882b04e931bef15e5
TWILIO_AUTH_TOKEN ?= 04f079ee6f26602af410c16dc6c14811
DB_HOST ?= 203.0.113.59
AWS_SECRET_ACCESS_KEY := wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
STRIPE_KEY ?= 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
API_KEY := <your-api-key-here>
SECRET_KEY = xxxxxxxxxxxxxxxxxxxxxxxx
SERVICE_JWT ?= eyJhbGciOiJSUzI1NiIsImtpZCI6ImRkU3Z4QkJfMzBwUXV5Y3dXaXpYcGl4RllRXyIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgucGFyY2Vsd2lzZS5lcy8iLCJzdWIiOiI0NTc2OTEzNDAiLCJhdWQiOiJhcGkiLCJpYXQiOjE3Mzg0MDA3MzEsImV4cCI6MTczODQwMTYzMSwic2NvcGUiOiJwYXltZW50czpyZWFkIiwianRpIjoiOThkNWRjYTM2NGQ1MTc5MiJ9.OiuoHq8ihs2XHYfEa3v2D_vVbTYhbar8qNg0JYi4uelVhrM2AT81HZ_WTa8BlD7qdVpQv-eLkIK4scqA2DAabR3jl0U5HlmUGOpAL2S-nypdf6RgO-7RNbCFbTzLZSJ8E92W49xu1CRAJJi1gXDKr3-zXgL8MrahweqKFyvQg0RNOoRFNXVRFCR5jmfug8krivGla5TJhbExzyNxG-G3eQarpDMRGq25ey1lMMsai8WEhfWU7snX-t6A3XdDjczqdYWbt49QiP8_k7MhCcPv0fFUZtms7yNVyZv8dNRO-olh7kCAL77PYmpoNzzU5vmkiRI19jXi2azRhHKLddj0DA
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
