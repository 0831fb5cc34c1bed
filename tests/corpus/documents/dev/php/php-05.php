<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_psqmu' );
define( 'DB_PASSWORD', 'Cbb80JBBz&qP?A5Q' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'NONCE_KEY', 'bT!<7QihD.3Pto3)@f0n=yEz.2Yb]BWA2~@h_BE1I&heY0q#*}6XgEYje#NQo+!J' );
define( 'SECURE_AUTH_SALT', '3{~{*Ms]P=n|rVRXlF|&&Z+tbqd-;%~w?{P{@?8<Lk~rl?|t}#)98-7Q]:fsPgzw' );
define( 'AUTH_KEY', 'zg(z%M#2Y-.4PDid%Qy(gv=r}FB[DyS;:#{%:o-.DCkhrdm^}azxyZOl^IEsG6&r' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
