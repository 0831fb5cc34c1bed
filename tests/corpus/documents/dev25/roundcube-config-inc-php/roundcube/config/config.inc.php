<?php

/* Local configuration for Roundcube Webmail */

$config = [];

$config['db_dsnw'] = 'mysql://roundcube:F0E%2FYi2fc9EzMvM%24Vn@localhost/roundcubemail';
$config['imap_host'] = 'ssl://imap.kontor.se:993';
$config['smtp_host'] = 'tls://smtp.kontor.se:587';
// use the logged-in user's credentials for SMTP
$config['smtp_user'] = '%u';
$config['smtp_pass'] = '%p';
$config['support_url'] = 'https://it.kontor.se/support';
$config['product_name'] = 'Kontor Webmail';
$config['des_key'] = 'QalyAn36tQknSbWNnOmTldrJ';
$config['plugins'] = ['archive', 'zipdownload', 'managesieve', 'password', 'markasjunk'];
$config['language'] = 'sv_SE';
$config['spellcheck_engine'] = 'pspell';

// password plugin -- changes passwords directly in the mail server database
$config['password_driver'] = 'sql';
$config['password_db_dsn'] = 'mysql://pwchange:JO625tIKYdYPN-KqCe~umdw@localhost/mailserver';
$config['password_query'] = 'UPDATE mailbox SET password=%P WHERE username=%u';
$config['password_algorithm'] = 'dovecot';
$config['password_dovecotpw_method'] = 'BLF-CRYPT';

$config['managesieve_host'] = 'tls://imap.kontor.se';
