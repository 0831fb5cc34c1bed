<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_gxhbz' );
define( 'DB_PASSWORD', 'xngqvhrU3YnDO' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_SALT', 's}d0I!r|=j<|g0OiVizibVXH0!0DmSl5)g^n~q_U(TlqN|PMwH1:Hjc_Oi>}^<g%' );
define( 'LOGGED_IN_KEY', 'Bze[RHzU,n%a!T9UPS??0K1eV)Yl_XQwu^_<d:MF?ttp>d25;?LLCRlJXabc}tQ%' );
define( 'AUTH_KEY', 'P2W#jeC.WfDW6x#C&4?F8bx(N?yL{oUCZiaO(ZLItFVb)6sK2D&kBNaef[xGx>m(' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
