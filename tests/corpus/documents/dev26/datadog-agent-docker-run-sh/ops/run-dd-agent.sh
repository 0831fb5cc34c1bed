#!/bin/sh
docker run -d --name dd-agent \
  -e DD_API_KEY=2818067f3f0cfaed8a6f92d12f829b67 \
  -e DD_APP_KEY=c6af73717e2e1b7ac3f6eb7c575799335a7b99dc \
  -e DD_SITE="datadoghq.eu" \
  -v /var/run/docker.sock:/var/run/docker.sock:ro \
  -v /proc/:/host/proc/:ro \
  gcr.io/datadoghq/agent:7
