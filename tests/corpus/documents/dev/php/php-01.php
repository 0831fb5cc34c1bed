<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_rrrvp' );
define( 'DB_PASSWORD', 'vt8sk1cmJgsje%82' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'NONCE_KEY', '<nk,>})=Qa}q~Ta_SuvhQ)|p^SJikTSmNMA;X=F:2?s!B1Wa<R*yv5Uz3Y2~EU~i' );
define( 'LOGGED_IN_KEY', '~mj@A90uPjAwBdE4%{r*1{a!rld_CMGs1cg)mCd7{ubSb#fPjWIw_ZldS,.cGyWa' );
define( 'AUTH_SALT', 'a]Dy^IRZ:.#%cv==S7Cp4USvH1,GA@qQ}<I{(8_GZST)pKBNcSVtba,kizxcaDs3' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
