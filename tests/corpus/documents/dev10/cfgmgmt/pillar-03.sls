# /srv/pillar/s3sync/init.sls
s3:
  keyid: AKIAPOMWRHEB6YU62XVZ
  key: BgYLISTgXBMT6skO6vtRV/2T9bH9QbTXF70lJJAK
  region: us-east-1
  bucket: backups-fautvk
  role_id: AROA3N3DJDQ2A6NG4NRFD   # unique id, not a key
mysql:
  server:
    root_password: 'BbLxjJzImb*G+'
    old_hash: '*3B657A27C54DDE0D1D018EFF0CD7CD38EFCA7561'
account_id: '531039015274'
gpg_encrypted_example: |
  -----BEGIN PGP MESSAGE-----
  hQEMAK0YFx98VAQpujb0o1B1N6H835nw+p7zFh2Erz8mXJMUDwMqtvQSs9p0A3xuZ
  =S3ma
  -----END PGP MESSAGE-----
