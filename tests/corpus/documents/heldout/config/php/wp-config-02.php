<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_wkfiv' );
define( 'DB_USER', 'wp_hxkjb' );
define( 'DB_PASSWORD', 'OPkqodak_hP1WEw' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          '];GFi!j1v[c>o2t0G{m*Z{Fw0[5%cd%b^8m@S}Y?#Ba;dTipsb~:$2Nk?)Ps],B<' );
define( 'SECURE_AUTH_KEY',   'HeL>u5U|42jdRlr|q;kJE|ABGzr<U13?Q<jy66-s{is:L=E?L~J-(ny:|9^WK4-)' );
define( 'LOGGED_IN_KEY',     'QssVbKTp@Ibnk}-sT?ii!UuApo>4QBY2P,dhXm<p&P,BR|[OI=Ev3kfO9PO8eubt' );
define( 'NONCE_KEY',         'qW+K44VnowK8=C;wtYC2-[uS^P&9YAx$;}y}%l@&M[A-2eD-Iw:nJS]*w@w+F6gF' );
define( 'AUTH_SALT',         '_I@@sp#25<Mt(Ka}o=4lK1B_Fi-&luB9%,83T|@tqS;wq+qY[L+>.=HyBqNmjPCK' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', '5P1V34ku.57xFl4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
