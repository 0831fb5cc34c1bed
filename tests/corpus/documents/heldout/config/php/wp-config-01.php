<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_jfvrt' );
define( 'DB_USER', 'wp_tuvvc' );
define( 'DB_PASSWORD', 'ZBrgvt3ehjgyHKZkJ' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'S>gf*^4nWV;jdN2YR-tT6+^IXxz]g[-rv|3(Co_JZj%R7(UGl9r>l0YmI#DzSgMg' );
define( 'SECURE_AUTH_KEY',   'w_Ws_)^?qCTrqRX<&uBj6)PcbKeBx^xWa)?JTMIOTIv3Xbf+iLB4!!<w^8G*bi9b' );
define( 'LOGGED_IN_KEY',     ')6nOLk7U*I*[ZI&1#y#P=$0QXN.L8o)Zx,pJe.#&u5I=rCB<]wL5_XArsdCQg3bt' );
define( 'NONCE_KEY',         ':h%ng2pjMg(Mw&q*l]A(4q9g+B7@a%?@74E[[ucWenv,8<[(%6#_-T2%a3fpvMmu' );
define( 'AUTH_SALT',         'NAUj6[W&R,0!2BaNi=ih85PYBN}RgiOzD&?0>lRwCPU^k[&0fv+rK*24LWVKM%}U' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'UbPpxsGu-7Oziu3' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
