# /srv/pillar/mediastore/init.sls
s3:
  keyid: AKIAV2L4DPY3IAIYXPW5
  key: RRjIl0fRNnnoVF+TRh51FqgAmWo/b4NdSn/8xt/5
  region: eu-west-1
  bucket: backups-upeldb
  role_id: AROADWZQCN57MNBTXT3AP   # unique id, not a key
mysql:
  server:
    root_password: 'saffron-sorrel-lantern-soleil25'
    old_hash: '*F4ED9A8B575F258278D56B3EFDCF18DAE9E7215E'
account_id: '633358453019'
gpg_encrypted_example: |
  -----BEGIN PGP MESSAGE-----
  hQEMAX+UuXiV8Lem9OoSHlI0SDozdyw18VMZ6+zKkSQTt1DPCCj4fnMpzBBk7bbQ1
  =kN2q
  -----END PGP MESSAGE-----
