<?php
// APPLICATION
define('APPLICATION', 'Admin');

// HTTP
define('HTTP_SERVER', 'https://butik.fiskedon.lan/admin/');
define('HTTP_CATALOG', 'https://butik.fiskedon.lan/');

// DIR
define('DIR_APPLICATION', '/var/www/butik/admin/');
define('DIR_SYSTEM', '/var/www/butik/system/');
define('DIR_IMAGE', '/var/www/butik/image/');
define('DIR_STORAGE', '/var/www/storage/');
define('DIR_CATALOG', '/var/www/butik/catalog/');

// DB
define('DB_DRIVER', 'mysqli');
define('DB_HOSTNAME', 'localhost');
define('DB_USERNAME', 'oc_butik');
define('DB_PASSWORD', 'lfHMAjY+n9Pk0fWQzM');
define('DB_DATABASE', 'opencart');
define('DB_PORT', '3306');
define('DB_PREFIX', 'oc_');

// OpenCart API
define('OPENCART_SERVER', 'https://www.opencart.com/');
