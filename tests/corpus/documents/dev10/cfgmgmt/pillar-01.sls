# /srv/pillar/logship/init.sls
s3:
  keyid: AKIAIJFNQQHZCWGJQNTO
  key: Tu3t9cxe8HbguP1qo+wmC+EhZedGNw+LsXTVLnhW
  region: us-east-1
  bucket: backups-kwcxig
  role_id: AROAMPM2FYCV775WOXPE6   # unique id, not a key
mysql:
  server:
    root_password: 'oak-thistle-cobalt-nimbus8'
    old_hash: '*C6AA59609AED16256BCD07F3738C223D98105376'
account_id: '718341169994'
gpg_encrypted_example: |
  -----BEGIN PGP MESSAGE-----
  hQEMAQrhZX1CRdnkqjsgi4LYHEB9DF7Pg1lgp27OJT1q5w/6BTWcleYRRPlvflx0j
  =qzQk
  -----END PGP MESSAGE-----
