<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_feyzx' );
define( 'DB_USER', 'wp_avmol' );
define( 'DB_PASSWORD', 'RBWSW56WVA9IePbkco' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'HeAf5_>YOVHZpNhn4tY;nlcOYy<],+Te_3=GJ,Afjh#&a=$=0s;*]<6v!C[Iy:,9' );
define( 'SECURE_AUTH_KEY',   '}mQ$YWjf!kW~w_m.^O^+AUd#l$uJFm8Kg1P(S$>f;}Kn_2#vjoOnMVQQfaD&TjQo' );
define( 'LOGGED_IN_KEY',     'i-ul=A$){DGu9>9)}:1HhMjBz-kS@?:c7Y&O=IJ;a&_$;~CLK:12{,(IvHNx5TyM' );
define( 'NONCE_KEY',         ',sx0fL(m&+VO({LQDudL~f#@.?9QHAKBa5V]jXuFnseg!mA}H~mB^O(u:.=+0Jnz' );
define( 'AUTH_SALT',         '<HU!(.~!+i_=nD{3&R5=HZu_51-&+;,{]7M&S,D.%I5tNijh^:<|8_e4mF~mRH|-' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'Saffron488#' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
