<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_dprmr' );
define( 'DB_PASSWORD', 'A8sEpr8gu3G9x~kxb*2h5' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'LOGGED_IN_KEY', '9}8*Iw_r~-atYX4&?Z0r8R[CX9a.F_42VF[S8fSx;X>A&s~}=8S6VunbN.6uUuXy' );
define( 'SECURE_AUTH_SALT', 'uLN++!klL[PJ0V(H&U-z@]edY3P#-_P>QiP3GLUC)Hb5KSlJHs{+_Z^R8^~M2n64' );
define( 'AUTH_KEY', '?;_rT2{UD2iHf}U<-i{1b[va6)K2K?4;qm-.!tb=n{~U*Nn@TusIC{tK~@QAc;ud' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
