#!/bin/sh
# snapshot repository credentials
echo "AKIA7ZB6BLGWDRHL64S5" | bin/elasticsearch-keystore add --stdin --force s3.client.default.access_key
echo "fq6/dsQlhC2wHZBhjwADmZnnXIwHiL56qwUV5T8h" | bin/elasticsearch-keystore add --stdin --force s3.client.default.secret_key
curl -s -X POST "localhost:9200/_nodes/reload_secure_settings"
