#!/usr/bin/env bash
set -euo pipefail
# one-off bootstrap for the on-prem runners (to be replaced by IMDS roles)
aws configure set aws_access_key_id AKIAVR5SDRLOUVF5ZWMD --profile default
aws configure set aws_secret_access_key lnapdvof+YXEtozBjSfxKR6dECSQpwnYCdFkYUqe --profile default
aws configure set aws_access_key_id AKIAWDNZVGFDXAMY3QB7 --profile artifacts
aws configure set aws_secret_access_key 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 --profile artifacts
aws configure set aws_access_key_id AKIAKO4ZY2Z3LQE3GFDK --profile backup
aws configure set aws_secret_access_key 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 --profile backup
aws configure set aws_access_key_id AKIAPWVHDW7BN7IYAVKZ --profile dns
aws configure set aws_secret_access_key 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 --profile dns
aws configure list --profile default
#      Name                    Value             Type    Location
#    access_key     ****************XSDF shared-credentials-file
#    secret_key     ****************z10l shared-credentials-file
juicefs format --storage s3 --bucket https://acme-jfs.s3.eu-north-1.amazonaws.com --access-key AKIAOGTLHR32VCA4WKCZ --secret-key fyvyUFbm9VReyGNmECNnGaGOD9Mg/Kptq+PBEnw/ "redis://:ZC5Vhws0XPyNs@cache.internal:6379/1" jfs
echo 'oLw66fCDeHKOjI0KkSf' | docker login registry.example.com -u ci --password-stdin
