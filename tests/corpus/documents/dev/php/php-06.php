<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_dykov' );
define( 'DB_PASSWORD', 'violet-biscuit-puzzle-staple98' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'LOGGED_IN_KEY', 'JArf5.Ffh^)@%@>yCMwcbA{E}:s^wdiE#DbNLY=4cQ&~J6=u-mO_]d(Z+,cqe7M=' );
define( 'SECURE_AUTH_SALT', '6.Xd+xyuhyHp&K,][pA>pJ3770VjUAfDr2@{VVZwYm}P{A]%j*7Nui.Wa,S^0TyL' );
define( 'SECURE_AUTH_KEY', 'a5DjBikQd-7iMu}hZWM9V70&}G2PHg4}kpW_-2S|oA,WOuId#7VJ!.)FHWgLMi3T' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
