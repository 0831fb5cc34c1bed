# managed by platform team - do not edit on minions
mysql:
  server:
    root_password: '3=M~hCMZb^D~@uWrVhXLy'
  user:
    orders:
      password: 'Harbor.46457'
      host: '10.%'
      databases:
        - database: orders
          grants: ['all privileges']
backup:
  s3:
    bucket: nordkraft-backups-941
    access_key: AKIA6GG4AKIIQRIVNP5X
    secret_key: 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
  encryption_passphrase: 'papillon-ember-vlinder43'
app:
  secret_key: rnd_CaqUlFOTYXxFNH1t0L8PLYpoqsEVqN5N
  sentry_dsn: {{ salt['vault'].read_secret('secret/app/sentry')['dsn'] }}
  deploy_rev: 4dacc80b52416cc6465900edd0c85a024c40fd07
