<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_ujocr' );
define( 'DB_PASSWORD', 'Sparrow!1403Glacier' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_KEY', '5B}lszw3{7]2a-{=o@)]@7fCi10?=.&{2Nn}?Rr~2=p!ekkx,IRGQBnbC-OPX4v@' );
define( 'SECURE_AUTH_SALT', 'A>|d%_^Y+:a}zh(+loa;0nhl60S@Om8,R{}=c8{2nwQ0MTk[CQOh(]6x9~#+~tF(' );
define( 'LOGGED_IN_KEY', '_}wK3wq3pKJMndp0yh&w3=Pkq{:Raojc^Jrooyp!;})#Q6Tm9A>.gxp8hqGf#NY+' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
