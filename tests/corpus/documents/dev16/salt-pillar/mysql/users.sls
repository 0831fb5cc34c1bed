mysql:
  server:
    root_password: 'C=bBvkt1XoyUY*Qc?F3X'
  user:
    shop:
      password: 'Quokka,saffron60'
      host: '10.20.%%'
      databases:
        - database: shop
          grants: ['all privileges']
    reporting:
      password: '2.XY0=vD9nBKo?_85'
      host: '10.20.%%'
      databases:
        - database: reporting
          grants: ['all privileges']
    grafana:
      password: 'Fennel@elk70'
      host: '10.20.%%'
      databases:
        - database: grafana
          grants: ['all privileges']
    backup:
      password: 'OR^?mzwUogd-=^=BfVIlxWpw*dUC3vrh'
      host: '10.20.%%'
      databases:
        - database: backup
          grants: ['all privileges']
    matomo:
      password: 'cmyYMj?,NHm4E-'
      host: '10.20.%%'
      databases:
        - database: matomo
          grants: ['all privileges']
    keycloak:
      password: 'Saffron=pumpkin66'
      host: '10.20.%%'
      databases:
        - database: keycloak
          grants: ['all privileges']
    wiki:
      password: 'nectar8529!'
      host: '10.20.%%'
      databases:
        - database: wiki
          grants: ['all privileges']
    nextcloud:
      password: 'Elk%gondola44'
      host: '10.20.%%'
      databases:
        - database: nextcloud
          grants: ['all privileges']
    zabbix:
      password: 'marzipan-skorsten-skorsten-80'
      host: '10.20.%%'
      databases:
        - database: zabbix
          grants: ['all privileges']
    gitea:
      password: 'NPb2+EB.ERwPMVIc!'
      host: '10.20.%%'
      databases:
        - database: gitea
          grants: ['all privileges']
    bookstack:
      password: 'Umber=saffron31'
      host: '10.20.%%'
      databases:
        - database: bookstack
          grants: ['all privileges']
    kimai:
      password: 'elk-tractor-kanel-6'
      host: '10.20.%%'
      databases:
        - database: kimai
          grants: ['all privileges']
    legacy:
      password_hash: '*62BD394611B01DED6E4798F14358380E11A71D1E'
      host: localhost
