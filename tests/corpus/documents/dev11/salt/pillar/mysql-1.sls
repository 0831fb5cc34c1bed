# managed by platform team - do not edit on minions
mysql:
  server:
    root_password: 'Violet.5880'
  user:
    orders:
      password: 'BorboletaVlinder6062!'
      host: '10.%'
      databases:
        - database: orders
          grants: ['all privileges']
backup:
  s3:
    bucket: nordkraft-backups-442
    access_key: AKIAWSJJG63SWK6W3BOO
    secret_key: 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
  encryption_passphrase: 'fjord-cobalt-fjord84'
app:
  secret_key: qr64GdawN6UmJn0Ui7okQZdTka5Fhkp4SNE9to9gwg8gBFjCnqr0evpDcB+2u3Ju
  sentry_dsn: {{ salt['vault'].read_secret('secret/app/sentry')['dsn'] }}
  deploy_rev: 5be2b303b2e1bdb1a3360c6c4368b386c7de5bcf
