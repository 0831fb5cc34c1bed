<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_ajpww' );
define( 'DB_PASSWORD', 'yg8cjy82Ykupo$4' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY', ']Ykj(4jVwdERrQm*7dJ[qYSk8+bQPynX(}eLu^+](-(a<(9@i,aV5+GI2=cEcgX@' );
define( 'SECURE_AUTH_SALT', '^S{-c^H]-SL9G&_Ci4I0z{0efGWXUz2BvwO]iB25b=E<6XRG]Wz)bml402y.7wV8' );
define( 'SECURE_AUTH_KEY', 'ly;5{HPxy83h9_|suQ:;lR!}JHNB~O.93UjbO:-mXDp7ws2}+1({fpRPifnl{%yw' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
