# managed by platform team - do not edit on minions
mysql:
  server:
    root_password: 'Motyl3338*'
  user:
    orders:
      password: 'maple-vinter-stroopwafel46'
      host: '10.%'
      databases:
        - database: orders
          grants: ['all privileges']
backup:
  s3:
    bucket: nordkraft-backups-224
    access_key: AKIAESISGBU727GQKFEU
    secret_key: 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
  encryption_passphrase: 'violet-tulipan-vlinder58'
app:
  secret_key: tJqaBogRUHg2nxkryB3BL3cp
  sentry_dsn: {{ salt['vault'].read_secret('secret/app/sentry')['dsn'] }}
  deploy_rev: 273ffd3ae0e91105eecb6e24a7a50cb848302410
