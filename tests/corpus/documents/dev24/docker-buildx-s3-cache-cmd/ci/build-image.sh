#!/usr/bin/env bash
set -euo pipefail
# Build cache lives in S3 so the ephemeral runners share layers.
export AWS_ACCESS_KEY_ID=ASIA3TWO5YIOGZ356PEM
export AWS_SECRET_ACCESS_KEY=jgq+RYcF3SnQwiHP2YUOfOG+UpbT5iyT5GTTqTDu
export AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj/aRSYkqv84Wa3L6145k8kBXFeBIMEeoyQt/D57TdB84BLqQRqzMaqULSw26Ax/08XkkZeu/AIII9hljqVIooy14gZboxPXAYMOzEKCavlp5U1PMzI5dSYo/nB+M78uWxXwN7yYiMYIPcFkuWDgM0ltdhlBvWT5Z1qKxzfTuebZrPUqPru0y4AQJaZj0Uw05SFGQXTZV5ghh6RUExTGiR+9k8Xj2D9NZ05z1iT7IjR9c4x1SgfPu45UoNq9g8kl8dIv97UjVtCDAqMCBjxzawZe2HAE75uM+yAs7/DL7wc1Km==
docker buildx build \
  --cache-to "type=s3,region=eu-north-1,bucket=buildcache-plattform,name=api,access_key_id=ASIA3TWO5YIOGZ356PEM,secret_access_key=jgq+RYcF3SnQwiHP2YUOfOG+UpbT5iyT5GTTqTDu" \
  --cache-from "type=s3,region=eu-north-1,bucket=buildcache-plattform,name=api" \
  -t registry.plattform.internal/api:"$GIT_SHA" --push .
