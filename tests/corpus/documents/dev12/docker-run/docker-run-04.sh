$ docker run --rm -it \
    -e AWS_ACCESS_KEY_ID=AKIAAHALX5BP4SQYEVUQ \
    -e AWS_SECRET_ACCESS_KEY=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 \
    -e AWS_DEFAULT_REGION=us-west-2 \
    -v $(pwd):/aws amazon/aws-cli s3 ls
2026-01-14 09:12:44 backups-843
2026-02-02 17:03:10 exports-prod
$ docker image inspect amazon/aws-cli --format '{{.Id}}'
sha256:2c3622ada0938ecb3089994eb54e7912b2d9c38f019d90c41777b18ba07ae829

$ docker run --rm -it \
    -e AWS_ACCESS_KEY_ID=AKIAYECOTPGCBK7NIC3X \
    -e AWS_SECRET_ACCESS_KEY=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 \
    -e AWS_DEFAULT_REGION=us-east-1 \
    -v $(pwd):/aws amazon/aws-cli s3 ls
2026-01-14 09:12:44 backups-840
2026-02-02 17:03:10 exports-prod
$ docker image inspect amazon/aws-cli --format '{{.Id}}'
sha256:6024a215c0f917ffc59006d94bf323346fe2cdb8d5a6a5ee470b4fca736dfbf6
