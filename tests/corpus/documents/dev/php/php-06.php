<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_qpljo' );
define( 'DB_PASSWORD', 'j9pynej7Ntfxv$80' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_KEY', 'tZ:#6>#^0#^>p#AX0{},G%hsz}<@{pzWDu09Y%>fw0[h%REPt0uDL|G!XZST#ca^' );
define( 'SECURE_AUTH_SALT', 'N^6{yEgt1pQ]dh&%mT@:%b>38<t(.Du0)]InGHAIBmLL@KP0JP_9>kEz)W=McO(H' );
define( 'AUTH_SALT', 'Bm&C1PVV==7^@PsE>l+42Ld?;-&+uyF2F(pdnOA.!{1h)e0k:HG+#sc&-!+0XaOi' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
