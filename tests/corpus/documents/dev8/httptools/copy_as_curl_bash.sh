curl 'https://api.globex.com/graphql' \
  -H 'accept: */*' \
  -H 'apollographql-client-name: web' \
  -H 'authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJzdWIiOiJhdXRoMHxkYWM0NTI0ZGUxZWFiY2E5NTMyYzcwMmEiLCJhdWQiOiJodHRwczovL25vcnRod2luZC5henVyZXdlYnNpdGVzLm5ldCIsImlhdCI6MTc1NjY4Mjc5MiwiZXhwIjoxNzU2NjgzMDkyfQ.flFI6VV1Jx8BeOWuh3lPe49s8bVlLhQcwG_vxbyguCdIDSKuretuC44dDvyitF317Zn11DgZqNbKPVBzHxmYGMzrWl4AH1QayuOLpHLYQqf9N0-kbT0UK5ZOt0uNkN0z4_AIC36qifH0GCVT4IKdngmca0TKdR4UAZ-4j_7LjFLf7WJF4gH8aLy6ewUaUd-akah3GXchbqWR4Ekx0k1TBaQ5HtNYzUUuTqi5MzRrz6wGzaQ2udtAmL9gcyZeL7PPS0DFBT8CqIfgnqyNJEJ5NMXdPRlGAuy2L1-FBbnr4k8O1-zxJ5jHp90LfR7hB7ELO5QoSfVnzF9mSw8OuMGvzW' \
  -H 'content-type: application/json' \
  -H 'x-request-id: 13d2c3bd-cb89-4a85-9c29-6d4836067704' \
  --data-raw '{"operationName":"Viewer","variables":{},"query":"query Viewer { viewer { id email } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"88f1fc3b523cd7c6ea8a4c045fdfbfd713b7b2caa5fd6ef88749fec90c89f35f"}}}' \
  --compressed
