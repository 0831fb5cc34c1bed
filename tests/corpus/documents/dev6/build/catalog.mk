SHELL := /bin/bash
APP ?= catalog
DB_USER ?= catalog
DB_PASS ?= ZQNNu7vGGZLBExb4UjGHSC
DB_HOST ?= localhost
REGISTRY_PASSWORD ?= $(shell cat ~/.registry-pass)
VERSION := $(shell git describe --tags --always)

.PHONY: db-shell migrate seed push

db-shell:
	mysql -h $(DB_HOST) -u $(DB_USER) -p$(DB_PASS) $(APP)

migrate:
	DATABASE_URL="mysql://$(DB_USER):$(DB_PASS)@$(DB_HOST)/$(APP)" ./bin/migrate up

seed:
	PGPASSWORD=u!3ud?G1RRll9@kzo psql -h $(DB_HOST) -U seed -f fixtures/seed.sql

push:
	echo "$(REGISTRY_PASSWORD)" | docker login -u ci --password-stdin registry.internal
	docker push registry.internal/$(APP):$(VERSION)

sign:
	jarsigner -storepass .sFI_zhFWXjNBOI_rA5A -keystore release.jks dist/$(APP).jar release
