# Makefile
SHELL := /bin/bash
VERSION ?= 18.5.86
REGISTRY := registry.brightlane.io
DB_PASS := pickle-rhubarb-walnut-lemon68
DB_PASSWORD = ${DB_PASSWORD}
PROXY_AUTHORIZATION ?= Basic cG9zdGdyZXM6OW5aeEt3UHpvbGs0S1NoMGNyPUtjTVpmNA==
AWS_USER_ID := AIDAOYRUDIU3QMQKOW3MG
STRIPE_PUBLISHABLE_KEY ?= pk_live_51gxyVd75oC2iBPOid3NT12dSJPunk0OSqNcNId0ZQ4UYcUSOEIJJePv8XbG9g7wXzAUROkpF88vnv9PQYjcdIRrjg714rpzBdj
INSTANCE_ID := 15f75d83-6e29-4efa-b3b0-552f5dd0c815
DD_APP_KEY ?= 49e104399e6cc1c4ed45079bcb01794e26211f2c
TWILIO_API_KEY := SK3b81d27114ac25580b8ff0c4a56096d1
TWINE_USERNAME := __token__
TWINE_PASSWORD := pypi-AgEIcHlwaS5vcmcAiUIARIhL_KJGFINTjWvLEFjOC2lETLDnXSTZj_bK1fv1vqBPhU7jFpbAHPo-vMbdWRhJWXVCFkgFcKnaZTFc3z4PotWVeIUssiwEI7TUqi2b6hzyxSmbMaqZqcb53mQBa4wr7aGuG7i7BoZwCFrnQmS754AWXwvJrRG8MIE9cqlza8DBw2C-KNK2DEsWZ2AikMDwEpN4G5mdJEg
TEST_PASSWORD := $(shell cat .secrets/test_password)

.PHONY: migrate
migrate:
	PGPASSWORD=$(DB_PASS) psql -h 10.0.4.21 -U app -f migrations/latest.sql

push:
	docker login -u ci --password-stdin $(REGISTRY) < .secrets/registry
	docker push $(REGISTRY)/app:$(VERSION)
