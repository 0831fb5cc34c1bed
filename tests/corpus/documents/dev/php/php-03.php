<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_rufpb' );
define( 'DB_PASSWORD', 'Root_tSVxFua6ih%' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'NONCE_KEY', ';7xA*6<5bPO%Q!PB_}iS8}vL%5},mW:<.pNmaf~fdIg!C.Pf|)EYnITI5^i-Z],}' );
define( 'SECURE_AUTH_KEY', 'X-!^mu~G]*EowOg<E6AzZ8NWfaKkzWpJs2;Uk+%>quiDU[Z~K^eSleewO0W4mUrJ' );
define( 'AUTH_SALT', 'uT3GNY%R0Sgy29^iu41S30_Sx40|+sNksDY~Jq!|U7*IX5;^pf}S^bSF*CXiTB<@' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
