# managed by platform team - do not edit on minions
mysql:
  server:
    root_password: 'PepperVinter4555*'
  user:
    orders:
      password: 'Saffron.60064'
      host: '10.%'
      databases:
        - database: orders
          grants: ['all privileges']
backup:
  s3:
    bucket: nordkraft-backups-589
    access_key: AKIAL5R2JCVK5QHFFIUD
    secret_key: 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
  encryption_passphrase: 'nordlys-vinter-nordlys87'
app:
  secret_key: gBJQ7u8BnDZ+Zo6UXopQoXgQ+QtFl+FfdkVX9MYDmPZQ3wrWjlHoabWOaIj+1s3D
  sentry_dsn: {{ salt['vault'].read_secret('secret/app/sentry')['dsn'] }}
  deploy_rev: 94a7e38db7b1793171b8b6bb2f885b1cce091c82
