<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_pihfr' );
define( 'DB_USER', 'wp_krfmv' );
define( 'DB_PASSWORD', 'Harbor268-' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'xg]2^m]-cWZdB09[fy_7ELg.f<]3j^9,*EM+nGS|F>YFHB(w-;t;=-5shTar?o|~' );
define( 'SECURE_AUTH_KEY',   '&f--ijYyI(gA3t}0<x?)tq_ET}@wacIj}qgMkrq}i]$hjG>G3)$Erp&=C.5,~<!B' );
define( 'LOGGED_IN_KEY',     '-6:lb$6L@OwC1(P1KrOvWni{GP-Z::{S%!=:lZwq?$WzrkI-|R0~}+Hi-57H772;' );
define( 'NONCE_KEY',         ';^GZMsogAw??Dg|{4;rF0G9EkQm[O9K=qsdmbi*@P,X%%KO&Nl|E2L!j,%7E6G|M' );
define( 'AUTH_SALT',         ',#Jre&{Jxm^GqB6<Fyyq.on)05AqukkY90e7s1gb@BvTVh-|-m=tjV3_Z;K$k#Ij' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'jgB0KTY8Pk9obb7VidO' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
