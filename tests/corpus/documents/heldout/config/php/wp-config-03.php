<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_hgigf' );
define( 'DB_USER', 'wp_eqphd' );
define( 'DB_PASSWORD', 'xxrRgzzx.VF8YcP' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          '-8BecCq<0vW6W]C2!y9#wL#@~VLw{IXn,[]c^GV42MEQKQO&Qt;lt}+rU*I2#rP^' );
define( 'SECURE_AUTH_KEY',   '>jigurHRGSa-kHsOR>12B7f|i{B%Yq{RJMR}T7wq1[V,orzxB9|siwG7_22ZoF8B' );
define( 'LOGGED_IN_KEY',     'D0#7h2p|<DuK<W,,#z6EC,PiZfHUXb5M2v^?w;:7D@}uq{}W$UdEv^XK.37lLGmz' );
define( 'NONCE_KEY',         'Z@PMe9o$u&)WS@m,#XTO)idd;1+>U3V@1:r]>W{,C%X(UDl|C9t[_)Jv2k!&6Mg|' );
define( 'AUTH_SALT',         'R.<AW^!u,+lWG}0K07^m;V|:v|Zn1pdx58s<yARWORrkAj8:@;D%sQQA3ytwUkN(' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'HBpHAv7UrjHJh3079q' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
