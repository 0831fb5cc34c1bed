<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_mwaqf' );
define( 'DB_USER', 'wp_hkcri' );
define( 'DB_PASSWORD', 'keUMtEXN_tI46v2' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          '1$OIT]H:#=q]Sc21x6>ujntCXTtj~2Di[gAJ+!I?Yk#er7Dirvji@]FL&[eZc@Ta' );
define( 'SECURE_AUTH_KEY',   'bgsD;*Q}&qy@P2UJzy%lAQFXdG[%<]2wxo&&OM[Q9K<j,1DTCNE]#a^IMvlC<IcD' );
define( 'LOGGED_IN_KEY',     '9lv[3l(|iR|{ys2k]L!9?usW6A7e$E%u*Pi3Jn?ViOziE~<*[0zSX0X{2G^=*]4V' );
define( 'NONCE_KEY',         'gocXklV?J6|MO!Mm!12L0WhuFuDV9]?@nV<A)Uj.(}a(AH{UIJCj$?(G+-so[fW7' );
define( 'AUTH_SALT',         '<jy:F+ag&8Ix&ImM^z:CyIUZ<<(9+$^:Mp2@7b8Zd@CW>xLv271ai3Hqd9>~W>SU' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'EbuH5GvF3h99LhT' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
