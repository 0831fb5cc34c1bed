CONFIG = {
  secret_key: '6R8nwBi4a2rDXzWVmcCDWPJP3DoH5Auf',
  clientSecret: 'SA5WPXRM-6Y3RofmaSDej-wDZ45GMO0NiJ',
  SECRET: 'B5qXshCG0/so/iMQGbjOxxaZsAnx8mo+y81SKQcLAu48gOuxhkSqhof0+lRG2cZp',
  webhook_secret: '94091b1628ab882efb3147b5e121b2bfd4b3f4a857e22599',
  client_secret: 'MuNlc1qaiMYP4C0xT4TbpRL1HRMPxB18g3IrztXMK8s',
  auth_token: 'a17b7bd33c84fe7ceef08657ae937da4',
  token: 'app_RhCkXWQlzdN8dcoMLPOkTK1fMeJU6uiH',
  secret: ENV.fetch('API_SECRET'),
  db_pass: 'BKCZY3z1vtSVrnVIcR4sfzaA9vd7pH5J',
}.freeze
