<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_nzzko' );
define( 'DB_USER', 'wp_bcwcj' );
define( 'DB_PASSWORD', '3t115xx8.cRaxOv' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'Y+=N[~:JExM+UsALph@[,i0sM>*1{jrE]V*Jy0aGQ*ztiTl@LVKQ.qK_fbv;4EXt' );
define( 'SECURE_AUTH_KEY',   'uh5=,WvMJ<;}hhp]aw|y0mJgL-I)OPqgOllm#*y]UMMeu)~HV)*HB.BC0rN+,JHN' );
define( 'LOGGED_IN_KEY',     'zB{&LY+u9LbB!v4u,+GzVZO]j3}=GAy;_@{IvB65Z^B!|IyS.MvCX|[Q,[j?r]Kt' );
define( 'NONCE_KEY',         'q=v>Z>=!G|<AY.h#I1;7>3H,G{0E_eIAusSuSbq~[<}5jlnpN~->0KFhRzzZH]XZ' );
define( 'AUTH_SALT',         '2Eg[UMAd%(cgSS:W+4SRb.29SKEd.8iIGE$J?[S([&6pw~#M1qLfQ-Y:_+DRf>u!' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'Cobalt1274.' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
