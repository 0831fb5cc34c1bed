# /srv/pillar/logship/init.sls
s3:
  keyid: AKIAA2JOK7FL2BLX5WHS
  key: z4/feMlGAyw3P2qxKmhen+8QzuCZ0Oj7lfGD3FrW
  region: eu-central-1
  bucket: backups-uumots
  role_id: AROARV2M5YUJ7ZEASOPPX   # unique id, not a key
mysql:
  server:
    root_password: 'ZEPhyr70335!'
    old_hash: '*EA9884EE27F10FE36F1E8F0560E3B83914F24B29'
account_id: '917808439588'
gpg_encrypted_example: |
  -----BEGIN PGP MESSAGE-----
  hQEMAnbIpPLo8T5vkBkR5BtAgC4Obyb1liBecbSuePBG2oj27gacTDFvuLTr2j93H
  =jrSG
  -----END PGP MESSAGE-----
