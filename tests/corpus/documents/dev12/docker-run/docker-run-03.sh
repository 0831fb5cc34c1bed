docker service create --name thumbnailer \
  --env AWS_ACCESS_KEY_ID=AKIAOVK6UWRUYO2KJMBB --env AWS_SECRET_ACCESS_KEY=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 \
  registry.local/thumbnailer:2.4.1

nerdctl run --rm -e AWS_ACCESS_KEY_ID=AKIANSDVILE3SXWGM4FZ -e AWS_SECRET_ACCESS_KEY='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' minio/mc ls s3/
docker run -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY amazon/aws-cli sts get-caller-identity   # passes the host's values

docker service create --name thumbnailer \
  --env AWS_ACCESS_KEY_ID=AKIAHPS53VOYDKD3K46C --env AWS_SECRET_ACCESS_KEY=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 \
  registry.local/thumbnailer:2.4.1

nerdctl run --rm -e AWS_ACCESS_KEY_ID=AKIA6DHSI7TYCEHHZINZ -e AWS_SECRET_ACCESS_KEY='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' minio/mc ls s3/
docker run -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY amazon/aws-cli sts get-caller-identity   # passes the host's values
