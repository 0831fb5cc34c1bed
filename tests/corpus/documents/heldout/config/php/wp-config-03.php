<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_yhqxw' );
define( 'DB_USER', 'wp_tyfbg' );
define( 'DB_PASSWORD', '8TCdiSDIC8RblEG' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'Lt#o5{2o!hB~6DdG;VInl!^mneWV5OwK*oyKsvR6C6Hy*)e:[3z5u!m:3wY:?V!q' );
define( 'SECURE_AUTH_KEY',   '!Tg>DY51rqCsuP8-Ez}]g^lUQ!@s2RfH2>YLCHX~rUzZwm9a*ef(GoiXLPPJ^R}Q' );
define( 'LOGGED_IN_KEY',     '@DCWY:zqkZ*3C^s~hH>W6=76->sX(HEvaur%<6SK8u2r[3@rOkU%fW#[mn&80=+7' );
define( 'NONCE_KEY',         '8Szz;(;g86NYfndV1CXk_EWlh^fnYn;}Rzff,Q@%)aomJyp|_AR!-]KoODadoOIE' );
define( 'AUTH_SALT',         '[9<J9{)rJ2a*L;s?rlBwg2)Z;CBXr{3Q=q@[!p|Ok65Cr,UG@wE,kdQkfuj:)K;?' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'EYAgXyKNOjv8ZTpPi5p' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
