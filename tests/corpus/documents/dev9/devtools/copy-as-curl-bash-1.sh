curl 'https://api.polarisapps.dev/graphql' \
  -H 'accept: application/graphql-response+json, application/json' \
  -H 'authorization: Bearer squ_b93c1cd5df7284b2774f243b5e7b353c1da30588' \
  -H 'content-type: application/json' \
  -H 'origin: https://app.bluefjord.tech' \
  -H 'x-apollo-operation-name: Viewer' \
  --data-raw '{"operationName":"Viewer","variables":{},"query":"query Viewer { viewer { id email } }"}'
