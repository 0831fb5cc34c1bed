# /srv/pillar/backup/init.sls
s3:
  keyid: AKIAIBPZIXV4Y36U4VWW
  key: DuLZNNjfMEaY9BGz6HUBY8+9Af8JAujUrNPSq4oO
  region: ap-southeast-2
  bucket: backups-bgvwdj
  role_id: AROAADUCPAKA4OKSS5QA2   # unique id, not a key
mysql:
  server:
    root_password: 'MIStRal54244%'
    old_hash: '*396A5CB994608B538D76ECF6BD23204078A2C588'
account_id: '092504127112'
gpg_encrypted_example: |
  -----BEGIN PGP MESSAGE-----
  hQEMAkJc4eiX3mpfRiRc/EiOI5H4z4eHyMjkaAVanSlS3m83lNe6E0gQMG5MgpwPN
  =9xCL
  -----END PGP MESSAGE-----
