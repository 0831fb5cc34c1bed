<?php
/* Local configuration for Roundcube Webmail */
$config['db_dsnw'] = 'mysql://roundcube:8YgHVy7kxihN-3@localhost/roundcubemail';
$config['imap_host'] = 'ssl://imap.havnegade-tandlaeger.dk:993';
$config['smtp_host'] = 'tls://smtp.havnegade-tandlaeger.dk:587';
$config['smtp_user'] = '%u';
$config['smtp_pass'] = '%p';
$config['support_url'] = 'https://havnegade-tandlaeger.dk/it';
$config['product_name'] = 'Havnegade Webmail';
// this key is used to encrypt the users imap password which is stored
// in the session record. For the default cipher method it must be
// exactly 24 characters long.
$config['des_key'] = '5w#!tzzYsweeHtcimw5F2weF';
$config['plugins'] = ['archive', 'zipdownload', 'managesieve', 'twofactor_gauthenticator'];
$config['recaptcha_secret'] = '6LquEbgmxqscVQndDKLQF9B5ni4sJ2WTx0_GITeW';
$config['twofactor_gauthenticator']['secret_encryption_key'] = '771f7affecdfc276b82d914fe743f507ab6e7760';
$config['language'] = 'da_DK';
$config['managesieve_auth_pw'] = 'Kwiat.ember.Gazelle.385';
$config['password_db_dsn'] = 'mysql://rc_password:Kaffeekwiat3388*@localhost/postfixadmin';
$config['password_hash_algorithm'] = 'dovecot';  // stored as {SHA512-CRYPT}$6$dHTd1ShYnEXMf6Tf$mCO.l049asTSJfqwI7rVFtD9sWDxUNagyG/EcUAQXUBHzwSqojzT6Om7jcfGKIyNPTGL8x4dyKv.km2lo7Xl2E
// default from config.inc.php.sample: $config['des_key'] = 'rcmail-!24ByteDESkey*Str';
