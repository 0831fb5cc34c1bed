<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_ezjxi' );
define( 'DB_USER', 'wp_rocip' );
define( 'DB_PASSWORD', 'l2KjNqcJXfhmqeSSmd1n' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          '.Dq2[|#e^C3xcCbY17#o-_~IM>$1Gih!PD~A_S7VjnqXU1qPqi0~Nkoh|l+a:m9!' );
define( 'SECURE_AUTH_KEY',   ']bKb^W&3r,:vMs2tLi!B=3h(yoH^fHFJ>{4OfrFVAWVMXxt.PH{_Y<2f-t_nLY2A' );
define( 'LOGGED_IN_KEY',     '!3sP%>*A$Z7iLCvYn)utV+pxtA]W0_Q}DC{6I9.iU^8V2x*3jH)$7Q=hwl}l|9uP' );
define( 'NONCE_KEY',         'X)F>Sdgj_*;bygA7e}1UT,]&)-:pB!&pbv]P$e(KUY49#t?]TEEwoeLDrj&s1YQ]' );
define( 'AUTH_SALT',         'c$^-A9IeDA@zd)%u-RRV8]jC.ZJVA^cFA=8![WY$Py%H<L.~68_mjawI;@WS@d45' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'AHpOLOwzRJwJvNF' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
