<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_yxgzu' );
define( 'DB_PASSWORD', 'Pr0d_uOKBucZf7q#' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_KEY', 'hR}rH+!DG}9E7dv9^SW*Tx?S}ES{+L1SHvDrIRS4MEYoOJeZio{l2KiD?x)|iO3Q' );
define( 'SECURE_AUTH_SALT', 'E}:7_=iO7)ikUma.8^!7U0_V?jmdsM2P(FngsNM2i:HK%LQEaC>fj1C@Px3-ZhF{' );
define( 'AUTH_KEY', 'NV6*]E+mY:gxIcqn{f?RaImV[Y}Rv#1aNW9{i^yk4e-JvQ]iN[ur[+^.*P6)cjm7' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
