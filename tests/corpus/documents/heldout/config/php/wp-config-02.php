<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_fmnhs' );
define( 'DB_USER', 'wp_trqzm' );
define( 'DB_PASSWORD', 'kZyteiVz-D5avF3' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'X{KmX]I@roxrWE,,CST&P8ev(ST.?W0nR~L1w%N8(U^Ul(SSyv.5!z7,wkbBlGIg' );
define( 'SECURE_AUTH_KEY',   '()OaNViKdgUOv&a5SiW:BLcub]%+-UjOPofy=:X6+{MtnO6p<pXH4j!tkWH^amyy' );
define( 'LOGGED_IN_KEY',     '9Kr*wD&GmUaLzV3jCJV:_@O4|^Y1d^l?z&z)e.o#[jt>xqi+[e{gHa73Ak(^d:s&' );
define( 'NONCE_KEY',         'gz}vW&Q@~7&mt{w*?IV3:p3Jsiioph*ZCO,UzkJnF-qOLiMt{0@LNbMi;.mD]hvV' );
define( 'AUTH_SALT',         'DQBO}7F]i(vPhDj#mRGRV1x3q1N_CW:)I#I^%9_Y&BHs*kV>Ha-Nt:BY~.)EhDC4' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'ZYXP3evM-ZNz8qL' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
