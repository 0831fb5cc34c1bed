podman run -d --name uploader \
  --env AWS_ACCESS_KEY_ID="AKIAC27MDT3DBAA37FAX" \
  --env AWS_SECRET_ACCESS_KEY="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" \
  --env BUCKET=media-prod \
  ghcr.io/nordkraft/uploader@sha256:58cb3bd90e579fd2d5667a47232186fa864d470071d3837e492dd7f1cd998615

podman run -d --name uploader \
  --env AWS_ACCESS_KEY_ID="AKIAE4SKM42YXD3BNDNF" \
  --env AWS_SECRET_ACCESS_KEY="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" \
  --env BUCKET=media-prod \
  ghcr.io/nordkraft/uploader@sha256:14090303cc85f5d1f93940a2fa375d7740f940b83d70660de529c3f9ef05cef0
