<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_ajtml' );
define( 'DB_PASSWORD', '58wcLfdlzomVZEnPV56' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_SALT', 'h30n1ejcEPR!rD&L.dRPV>{nCyJcej}CAl71C0Y#p2io@Ol9sR3RS;]&Mi4&tuA%' );
define( 'NONCE_KEY', '<7nEYt@{gfi7X{93i0eHjxU<dGQ~d33j;-*hl^Snh?Rby;7z<{z#O[T>MHGTM)9o' );
define( 'LOGGED_IN_KEY', 'HEAxAOb94yw7}x8#bOkKzM4G{gjlhq,dA+M?)6HZut5{.tf]w=ySry@O[w-(0]jr' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
