<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_uearo' );
define( 'DB_USER', 'wp_txftk' );
define( 'DB_PASSWORD', 'Basalt1322-' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'p0{?*]BYE(nIO]Axh>N*{0#!G$_$dh8-UH7jnZLr-yg6T:%2u;<t.z6>qv*Se*>6' );
define( 'SECURE_AUTH_KEY',   'D:Jkn6kUT8Lx$S5L+04,UL4L]|NY#)HDC_T(+>dD?P8~9^criAcy08:XT+.ua=q<' );
define( 'LOGGED_IN_KEY',     'G%TTw3FI8nEgWMqs_*bl)%AxULb|.Q#o@]mFhothwn{HQ@v}y#Bn(iq?Tn[g9M:R' );
define( 'NONCE_KEY',         ')48-2woAs.)oBOtO[&8PIPFxA.CiX%++8;DuRiRkw)HBzG0W[eSIw7sQKO:OngPT' );
define( 'AUTH_SALT',         '1|5anzo4h+{=+tRx<pgM#(e)p|zLR,yD[u?5#,p4.-#{$=^.;x^%*pWsV~{1?f1%' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'dIoYPsrX-TOmQuP' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
