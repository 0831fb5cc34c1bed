<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_aqlsi' );
define( 'DB_PASSWORD', 'hxns6Jbc4oH%S7Ld' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'NONCE_KEY', '08-@?Rk-:!f_mY7td(5ffe_[n_tO7F-)-TMQx;44*D^>!L{*ON4!1d@Y6,HvP;[1' );
define( 'SECURE_AUTH_KEY', 'U<GCJ;wtIPhm:o~Js<XZ{l=8>.?.A{MzOBpKTQwO<L6.EB^E~N)}b3EWE(NX()q#' );
define( 'LOGGED_IN_KEY', 'Sen+u>nDb-,>oU=@^%pG|.e|ykIk@97U1O?F@-bzXow|pR<u]BK}H{m633NK@R;K' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
