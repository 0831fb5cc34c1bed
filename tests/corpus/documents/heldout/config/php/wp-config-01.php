<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_aqgan' );
define( 'DB_USER', 'wp_yihag' );
define( 'DB_PASSWORD', 'Q1z7HcgialYCrCmX' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'Rm2,Vud4klEp_$QG-AS>p3T?pU&+;:L%Q:,(G7(cuFkI)-R0HY!m06negzcLCD;r' );
define( 'SECURE_AUTH_KEY',   'IQZNOBK0b:$YxV<2iZUvVd=Vco~nx9@2gd0N>B$jTgf78VlS5fY3>f2Dk2N{f~[K' );
define( 'LOGGED_IN_KEY',     'Sf^2:$j%m-S6k#EgUGo=fs,q)S5b)[PKs~ldk^2z(gl4W5^z<-S?F>_<_o8v9[?G' );
define( 'NONCE_KEY',         'p2uFeCmRjYs{]PiL1eu2Ib>c><foDWyF5yjqhYdt+>NTvJeJG;5v*t=GXEON1E*_' );
define( 'AUTH_SALT',         'n6=YnrYrOX@slj$uMbt.WOyvgyQ!#OipbsjV]vL%R%-+o+j+<U4r!6Jgg]3[O;Y=' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'Saffron360!' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
