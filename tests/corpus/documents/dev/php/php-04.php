<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_zygug' );
define( 'DB_PASSWORD', '60htnyz2Cthfd$17' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_KEY', '@p[{qQ-_+J48|:5g)Gw}DS)XyZm<Kg@N;?[,CI}+f~#ojC8{I&rxC9JY2CBkyQv{' );
define( 'AUTH_SALT', '4<)e&Z#N*uURV6RnXShF!l7(PTROPnpG#i{<o3}rOQM{6|,Pnuny{qC2lV+Jr+un' );
define( 'NONCE_KEY', '(Ex}KC5uZ?.zKe248{)8D)%UbmbO<t0(R<c@Gp6<_eA^}MuUi;E%~w&{vyAQxFYi' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
