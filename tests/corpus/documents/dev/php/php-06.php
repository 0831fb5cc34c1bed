<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_qvmbk' );
define( 'DB_PASSWORD', 'l2lr6pslTecft%72' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_SALT', '0i}6o8Ka7cLKAH|;;8V9A!S2T2C9yAHa(X)<W=*[y!>QMv>twimh3l);*>y=}I,d' );
define( 'AUTH_SALT', 'L#NB|<LY?#*KHgtsL*]g#3uVRHKd_eRj)eM[f]pU{Kt?cl{_bT)(ITC>}y^8fOK;' );
define( 'SECURE_AUTH_KEY', '=KBc{bo&rqbUl@,NBSHBF@}Ia1|+}y.W9{7RO41b{KlX!pVQ[8}!;4sx|V3q*];z' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
