<?php
/**
 * The base configuration for WordPress
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'billing' );
define( 'DB_USER', 'wp_app' );
define( 'DB_PASSWORD', '4+2eR9ls~^xmt52s+z' );
define( 'DB_HOST', '198.51.100.23' );
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using the
 * {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'gyt5#}981NgJYV?BqC2?Q==lRdL4L_RLri {tr7]-U~`C<a[[Q|d_Ek1yzzw+T9a' );
define( 'SECURE_AUTH_KEY',  '|p>N+&(/.MKS 6!PIydtiz9#GP!iN5-yiZmw?GbM5L=~|BSQeY|Q23/{|s|A%J.' );
define( 'LOGGED_IN_KEY',    'st+qJyj/F/Im-e`xgCsSK=,k2WnH-gzFmRYnq:4Q,VO/lHM9>EN.X*vAOi%BUoW8' );
define( 'NONCE_KEY',        '4-g92v|_(%`_+EkFUjRb!Hn9ET(1@.1Xi^ k`i~Bu_.%2?{)T?C2nmPdAKl)L%Ub' );
define( 'AUTH_SALT',        '>#n[`IzX:n6caDs+Z)E:zn&Y)*GQEueoqkg3q6^0Kyjh^<Rz(:fWBb*:PDHI1+&R' );
define( 'NONCE_SALT',       'put your unique phrase here' );
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
