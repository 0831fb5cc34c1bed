<?php
/**
 * The base configuration for WordPress
 *
 * @link https://wordpress.org/documentation/article/editing-wp-config-php/
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_shop' );

/** Database username */
define( 'DB_USER', 'wp_user' );

/** Database password */
define( 'DB_PASSWORD', 'pepper.mango.cactus.48' );
// define( 'DB_PASSWORD', 'password_here' );  // sample value from wp-config-sample.php

/** Database hostname */
define( 'DB_HOST', '10.143.96.212' );

define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         ')}cg(g+Zcwlc:A}J@)Ut.c*YfySzROiTD[yP6?<jl6<Q@el`zGHHBa0P,}t*cnYm' );
define( 'SECURE_AUTH_KEY',  'Uh&:+>a{?h*F^%#:^!n^#>:a/$dC{>^fWHaRPYNk=uXfG5<x?GO!Vb-5g2vF)tS;' );
define( 'LOGGED_IN_KEY',    'ZqzrMX?7.hv++/Vt}|qpz<UfXBvd5FkayuB%CwZ-zJmk0uG-syHV_Ze6u]<V.q$o' );
define( 'NONCE_KEY',        'Bt!=j<QPF6Z.~:Y-&&EKI_X.L=Yl>qg#=dq>1)@uU0V7%:t-rp2w0V5FLM^;8V@J' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );
/**#@-*/

define( 'SMTP_USER', 'wordpress@lumenplast.fr' );
define( 'SMTP_PASS', 'P3pp3r%536' );
define( 'WP_CACHE_KEY_SALT', 'shop_' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
