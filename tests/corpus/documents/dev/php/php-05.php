<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_isuxj' );
define( 'DB_PASSWORD', 'Willow-3864Harbor' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_SALT', '[5Dh?TU8H2MfD?p{;{w-I5[iz9|*;t!iA-9RZ}D!ZOl3[oIN?I]AQT&_{qt]RhC{' );
define( 'AUTH_KEY', '<-{8vK?VwmD6|ZZ{_hM6401vKii-lE3>gi7)0a{;7.v1iH,?IMrwQoK~mW.Q55u_' );
define( 'LOGGED_IN_KEY', '8xUM9ZBH~i=K.Tg{&|]E~}yVlZ4mIsGh)PEawZcg9prFWWeWm4SWG@yB_1_iT+I}' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
