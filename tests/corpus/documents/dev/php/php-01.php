<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_emnlu' );
define( 'DB_PASSWORD', 'anchor-orbit-pickle-puzzle76' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY', 'E7AqlP@>_1VeF{-BJZ{Ed)^_UnM*0kD~^zRv7h5JTJ{iNb;sXO6D;qJ|R}~+qpW4' );
define( 'SECURE_AUTH_SALT', 'D5V3-WnOMn2{(Y%x5=6%yd=Y)*1P4LfEd{Tj:9fwJXrU?|NX?Lt}9SBh%BFG{^az' );
define( 'NONCE_KEY', 'YhJqGJ@IHrA}rLH9=uu0Q3?5}h~zZ}LY4g6PA+KT9|%T3;a;{X~YZnu~*86Q59Ah' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
