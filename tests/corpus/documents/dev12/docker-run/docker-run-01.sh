$ docker run --rm -it \
    -e AWS_ACCESS_KEY_ID=AKIASSYT7PJ2APHFHV5G \
    -e AWS_SECRET_ACCESS_KEY=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 \
    -e AWS_DEFAULT_REGION=us-west-2 \
    -v $(pwd):/aws amazon/aws-cli s3 ls
2026-01-14 09:12:44 backups-891
2026-02-02 17:03:10 exports-prod
$ docker image inspect amazon/aws-cli --format '{{.Id}}'
sha256:0623e8bf2e634c97071667a3a09bc5ad57ea0525361207ee5fba2c72e75dee81

$ docker run --rm -it \
    -e AWS_ACCESS_KEY_ID=AKIABFV2DQW5AHVNLOJL \
    -e AWS_SECRET_ACCESS_KEY=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 \
    -e AWS_DEFAULT_REGION=eu-north-1 \
    -v $(pwd):/aws amazon/aws-cli s3 ls
2026-01-14 09:12:44 backups-838
2026-02-02 17:03:10 exports-prod
$ docker image inspect amazon/aws-cli --format '{{.Id}}'
sha256:6c2d8adfa926eae20fc1d6fc103ff80b81cd6fa6eae44176c8ddc3393ac4a98d
