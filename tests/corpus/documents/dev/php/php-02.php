<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_ikpta' );
define( 'DB_PASSWORD', 'cx2915obEhaqy%26' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'NONCE_KEY', '[aX:YB^S615}46at_e#R2MC#5L61gY;B+1mpifI<:c7J@<K(d6BY4[*i@PEp&%cS' );
define( 'LOGGED_IN_KEY', '}@}#Trxann%6t=._H,l%tY],i={8i:(U_^ehO+^7YsnMD[.n0p=1d7H85{:|0N>v' );
define( 'SECURE_AUTH_KEY', '5DDp}r}ebuj-heMcA;}nix&:7u)K&4Uhc_CHprn%U%IF}05(nv{[-}?<Zo=Up{w}' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
