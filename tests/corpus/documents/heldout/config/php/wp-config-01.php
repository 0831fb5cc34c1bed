<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_shfnx' );
define( 'DB_USER', 'wp_rpejt' );
define( 'DB_PASSWORD', 'eTUWzp5F_KOf7KE' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          '*+o2cWcr*[(,EGmEYC5S9ngsb[kz2bxqG@KaOTr%Dra[v<O.<6LI~8f,S50oUtYZ' );
define( 'SECURE_AUTH_KEY',   'cPy=gn>KS^-EVC_!4q7{,Bq&a+=eOSTb}V.|)UH[*)4ki_?=O~E-]DIlSNr^]G!T' );
define( 'LOGGED_IN_KEY',     '{AoN:w2-]xE.jT)D@mK^@H?|Zl9eT%n8ftn?Fw_-gZmfm^3dtEFuL:q.kQrPt.gD' );
define( 'NONCE_KEY',         'NZ7ee4CD><:R)i00T^uiCD0Q{}-[~olNiN@R{{^5THnuozc0gYuTNcyHXmK1OW$$' );
define( 'AUTH_SALT',         'qJyW|@[Why>F^Mbq_.cW>GvbQwlAMa5+og[a&uIR#W1KPIQl,PU;#gKg|wF2L=gJ' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'Copper1663_' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
