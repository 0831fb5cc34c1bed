<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_yjdsk' );
define( 'DB_PASSWORD', 'l6oer4o7Eobpr$89' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY', '<5%sK!gkAYZ&+Qh,2GF{>:(e,~Tmo0]_QwOR_syIdloFw#R0mn*fE6W<Z)wNA8z2' );
define( 'NONCE_KEY', 'i.ez}6.GBE,}HI6G-]O8{B)gX8}k<26b2Ch}gOW*cG^1-u:eH2QU<@.]K:G!<cn(' );
define( 'LOGGED_IN_KEY', 'dp=|D:X8D?ew~gPV)77[sVz212:}{{C@l}ev4y&Te&K:8|OEPmQZKol(GKEU6n^}' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
