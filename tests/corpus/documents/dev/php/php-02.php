<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_kruls' );
define( 'DB_PASSWORD', 'puzzle-copper-correct-tango52' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_KEY', 'TUl)SA<|0|4Y),Umd2gsSi|XScsA;Ck&9Hy1corcEI6ztmtl3YS5}8Rz%QQW#TIN' );
define( 'NONCE_KEY', 'uK5TTj5Bp;<:|8p49v?e(#pG]N%*:Q8z2z@.];!R;>~RDk+!n-R8cv2iSaU?aBJM' );
define( 'SECURE_AUTH_SALT', 'H)u[nA-7^!))Bj0YU7Zsa5EP+Qi^VrEw[abR}7p)Q{;}e}^X^0-6_l~I!@9#Ap1H' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
