<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_fnewc' );
define( 'DB_PASSWORD', 't5j5fufnMqwev*68' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY', 'FY9Hx5ir#NNj7SWWW)P^bncO!],[]xJ?N=,l[1L9-J:4IgK{hsg=D!p>n8a!j3Um' );
define( 'NONCE_KEY', 'ps+(@UtuPsm6d6wfWb{11mnoM~dZuFX9ABjc60Eg@PS>J)VR.22fDuWKe]p;r4ej' );
define( 'SECURE_AUTH_KEY', 'SEr1i>HEI<Y(D4|fjC1vC{a;+D-Zo**4w#iJQ.MLq&r6pcwH#|b}0o%%I}*0<q|d' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
