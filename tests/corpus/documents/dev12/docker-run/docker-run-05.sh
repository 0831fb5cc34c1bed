podman run -d --name uploader \
  --env AWS_ACCESS_KEY_ID="AKIASHAXCIL3EPLZTFPT" \
  --env AWS_SECRET_ACCESS_KEY="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" \
  --env BUCKET=media-prod \
  ghcr.io/nordkraft/uploader@sha256:fc3b4b24f13a15a8a1a43822a0eeb59da736330c6689195c6d5138ffcad05408

podman run -d --name uploader \
  --env AWS_ACCESS_KEY_ID="AKIAGPSVZXMQGBHKVBJ4" \
  --env AWS_SECRET_ACCESS_KEY="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" \
  --env BUCKET=media-prod \
  ghcr.io/nordkraft/uploader@sha256:fd357eb3f29d86f23270094df0843738b1e0a1bab7b7a5a449ffe0b70b2f94c1
