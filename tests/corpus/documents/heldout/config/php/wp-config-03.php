<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_iajfp' );
define( 'DB_USER', 'wp_eebkw' );
define( 'DB_PASSWORD', 'ZsGyhqyWX7SPYfvH88' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          '7_>UDS.Kx,sd=cab3b#{nX)5l6mUoZ.FFyuB&{b=:51T3qEa9!x|tR1Fxy*(U,1P' );
define( 'SECURE_AUTH_KEY',   '<m6+a]iG?g)vgL^nG0v?r(zE3)FWi8ee{j5J!5hd?]_:u,hQs{f$X)_q*U}hyvf>' );
define( 'LOGGED_IN_KEY',     '1E|(FR[7[zbeCL&7N6p9BETJZIvhhB}yx!nPs.|H@>[F=d_]KCN3Z7OkT7.s%!&<' );
define( 'NONCE_KEY',         'Cf](ZBqOUK-riGC2hk-jeipI8Um^BkE%!5qGvkDjyE4#*4mk=j1|J{!6EGd}2KP|' );
define( 'AUTH_SALT',         'Xs4>6hq%-I:]cP5?e7_40ZK);o6NiW{AwHw5b>OY;(&LBVCD+luVdR]RhMA9lfLK' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'SzRlU8NiT1s9tM' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
