<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_dhlms' );
define( 'DB_PASSWORD', 'violet-puzzle-summit-lemon27' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'LOGGED_IN_KEY', 'w0PIktUjh}4bv1lIs6s*+MDZd,p9*#}>eLFgo|-2f*W}{O?#ZCJ8=EW+ySD]|3+|' );
define( 'SECURE_AUTH_SALT', '!3^7{;FQ|PkB^EIc_bP&W{mB(X)HS8;w<DF)MD6V:KjmwTAmBAx:z2PK2Ix_pkN^' );
define( 'SECURE_AUTH_KEY', '{WsvFVVVl_;Ekx{d2lD%AODXEc]*ERH2#=Sz4HuDPs%So%0eb>x0gTLfDtz6+}>s' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
