velero install --provider aws --plugins velero/velero-plugin-for-aws:v1.10.1 \
  --bucket velero-backups-prod --secret-file ./credentials-velero \
  --backup-location-config region=eu-north-1,s3ForcePathStyle="true",s3Url=https://s3.eu-north-1.amazonaws.com \
  --snapshot-location-config region=eu-north-1
# verify:
velero backup-location get
# NAME      PROVIDER   BUCKET/PREFIX          PHASE       LAST VALIDATED                  ACCESS MODE   DEFAULT
# default   aws        velero-backups-prod    Available   2026-11-18 10:02:11 +0100 CET   ReadWrite     true
