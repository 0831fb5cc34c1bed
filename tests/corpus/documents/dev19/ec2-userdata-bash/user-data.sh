#!/bin/bash
# launch template lt-0b268931b2e0471c8 version 14 -- user data
set -euxo pipefail
exec > >(tee /var/log/user-data.log | logger -t user-data -s 2>/dev/console) 2>&1

yum install -y amazon-cloudwatch-agent jq
mkdir -p /root/.aws
cat > /root/.aws/credentials <<'EOF'
[default]
aws_access_key_id = AKIAOVDMMOTQUJRQOLRN
aws_secret_access_key = 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
EOF

aws configure set default.region eu-central-1
aws s3 cp s3://ops-bootstrap-gridline/agent.json /opt/aws/amazon-cloudwatch-agent/etc/agent.json

# second account for the log shipper
sudo -u shipper aws configure set aws_access_key_id AKIAC2JLU2MISNLCP5DH --profile logs
sudo -u shipper aws configure set aws_secret_access_key 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 --profile logs

# cross-account read for the config bucket (creds minted by the provisioning Lambda, valid 12h)
export AWS_ACCESS_KEY_ID=ASIA6PURFBTNMLPT4IBN
export AWS_SECRET_ACCESS_KEY=AyPBmQk2mPyUIwkvQkSZJN5iONUVfeDxBGNMXEvU
export AWS_SESSION_TOKEN=IQoJb3JpZ2luX2VjiiaC5dM89c1DhXXaJR/4I8ScbNniTUjydATvhYggH25bns0u9CiVMcLrir81xcebrdtfR/9I2BPED9XV+5N9XIRwazGBoeC9oATyVoWSVXxVxKnQ0tnsn7cldpK2tPiPNzIE+DKXPQjgJoV7A9ue4Qax8DVS6V1UwkMoIjAerySo7gQEpAw5DN2V6JKmb7lzMo4c5TKnlCmzbw5F2F8qZ+l5aaGv9vpCtJATjsBSx+dtF3xZmGwFF/7MkKzNK1BaP7VTAMaEIvhDvv1wPyTiWEuph8IBM17SgOwR47J0KgN/rYWar0PGn+srmpZuBcCwPKyo2p+6sP6POdQ8yGy0JA6CrO22f4t75I5bcoxZA5dw+5EYkOp3qdzCApIB9QavSHd3645a10PS742XfSs2qWJOpgomc9saI1u9
aws s3 cp s3://shared-config-gridline/fleet.yaml /etc/fleet.yaml
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN

INSTANCE_ID=$(curl -s http://169.254.169.254/latest/meta-data/instance-id)
aws ec2 create-tags --resources "$INSTANCE_ID" --tags Key=bootstrapped,Value=true
