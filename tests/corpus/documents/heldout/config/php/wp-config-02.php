<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_torqd' );
define( 'DB_USER', 'wp_hjocn' );
define( 'DB_PASSWORD', 'v3v5ANHG_uYkBwI' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'g?y.{Lwyw$wbcJ0IZc>~~h2d2y3f[l<~AtN+_}-=&aT[~P!u;]&g=H_h[.{POfe]' );
define( 'SECURE_AUTH_KEY',   'iBOi,C4YfWrRasFkgPVfZoA<Sq|-[qEfsMm}7p[D<$b{DrAH_s)#jbNhaNTgXr:F' );
define( 'LOGGED_IN_KEY',     '{^UaIP6_tp8C2$2uK&J,f*iDGWRnBN|=~iff9=oCR(vI_2$[ihM|-A[2n**{20QX' );
define( 'NONCE_KEY',         '|0U,5IV^kBGbD%R(s-j0Xdi%#f3M+Sjfvvo_bBq=.htiW*N-wzWh[L?jX@Sc$MzQ' );
define( 'AUTH_SALT',         'e60u^>JK=S?F?R|Ol#+V:iV|OF>f{CH{*+7e:^tvWVV-&vMQI[sBBHk!4K1o?iD+' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'Maple1111.' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
