<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_ctmrm' );
define( 'DB_PASSWORD', 'rTrdrRfCOILQc4' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_SALT', '{j;W5>]4EeYR.^g]u+kX<tiNnYCFu_g*N9r*63e;,J_=}>%}N@vT8HArK{wR{}mp' );
define( 'NONCE_KEY', '&5AP^1+{+a{z.9%{FwY%Z}fozq?Q*Y+&VyI:U2as.o>+02m@}~sB3^Z7bFjewa-G' );
define( 'AUTH_SALT', 'kfU?_1M#er<Y1x9V0VTkX,h^IxN4ycn*@7?;jVdcR?[}SpC?3=vpH}LKOVI5q~tC' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
