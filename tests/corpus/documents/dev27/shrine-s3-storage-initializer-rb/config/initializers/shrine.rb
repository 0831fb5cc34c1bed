require "shrine"
require "shrine/storage/s3"

s3_options = {
  bucket:            "tavling-bilder-prod",
  region:            "eu-north-1",
  access_key_id:     "AKIAZPPY3ONOMR3EQX4H",
  secret_access_key: "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",
}

Shrine.storages = {
  cache: Shrine::Storage::S3.new(prefix: "cache", **s3_options),
  store: Shrine::Storage::S3.new(**s3_options),
}

Shrine.plugin :activerecord
Shrine.plugin :cached_attachment_data
Shrine.plugin :restore_cached_data
Shrine.plugin :derivatives
Shrine.plugin :presign_endpoint, presign_options: { method: :put }
