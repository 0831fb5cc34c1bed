<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_kojvv' );
define( 'DB_PASSWORD', 'rhubarb-anchor-violet-biscuit71' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'NONCE_KEY', 'c1+3aPQh}x}4~?dx9PSsxFoQ<g0}b8.H8NV!<|xspI}?_=r{r.TO9]MXzsO!d2af' );
define( 'SECURE_AUTH_SALT', 'd^Z9]7p~NI;}{HpXpA0#zh{w7-m^~]*Ut507]V7i]A0Vq[yFYM3+&crnTGMzGkn?' );
define( 'AUTH_SALT', 'XbQiC>qMccyqN}9}S=.Mr2Zd,WfmDj1!Zi4#fF3k-kN.iX07(9TXV!vPAuK|?c?5' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
