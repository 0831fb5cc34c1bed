<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_lqfgr' );
define( 'DB_USER', 'wp_rnzcr' );
define( 'DB_PASSWORD', 'DNJufdgD-WeXm5z' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'U4.#HOen|iyf(%%V>RESN2S?D@r+B[z]CL!$gRGOV;T{~,0]!(;XN0~+pLt[1eU|' );
define( 'SECURE_AUTH_KEY',   'U$qt%?>Mr^xg=-_TQ(sB|b7)w7hm=k16m@yU.JSol*^g7BrxoD?{N)+*Xl1t@r[G' );
define( 'LOGGED_IN_KEY',     '||$<$1rW4Ya3$$tFAESsQ2Kt~UtnxbTST,HN2zFKK>!+=^j_VJ0?YoK+hc+G:JQx' );
define( 'NONCE_KEY',         '].tz0R=]1[|H4un*s)a.I<<}q?KL9;vZ1u0B6M{@2|NR]cg4)<MLf2#TV^w@8ZrA' );
define( 'AUTH_SALT',         '{E%z4fuD_Vg-Kqh>5p{~X#w;auK55~mte*]%iri<IJk)i$_pF>Gz3N<8g{<$C02I' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', '1DP6lHtRlKgI6N' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
