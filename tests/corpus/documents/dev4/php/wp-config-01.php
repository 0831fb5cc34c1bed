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
define( 'DB_NAME', 'wordpress' );

/** Database username */
define( 'DB_USER', 'wp_user' );

/** Database password */
define( 'DB_PASSWORD', 'walnut.ember.tiger.89' );
// define( 'DB_PASSWORD', 'password_here' );  // sample value from wp-config-sample.php

/** Database hostname */
define( 'DB_HOST', '172.22.247.39' );

define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         '{1d6Q`f>R|FkkY8TkRaS$zYO~]}Tjp,!>?dPAc`VCL^iHZ>B<NQ_r7gU+)y@IjRH' );
define( 'SECURE_AUTH_KEY',  'HUfSa+@R!*TtGl9/^hq,N9>f5E`_{!!:pCB7oM}W/M.bv)?fM<Qq=C+W+$H/wyM-' );
define( 'LOGGED_IN_KEY',    '`:yg+kmVUkYWA`vTl@lo$g:C(?;)({l[FT~v^@r:_`/SVEKc&.$~H;oIPQfE&]UZ' );
define( 'NONCE_KEY',        '},h=2h(9c_,UWX}A2|{dHOrYSHH/iSg*W!@-4~,r&nUxY.u5bAfmN`$Yj}72k_+[' );
define( 'AUTH_SALT',        '&qlhh}2So#?%hyFMo44(,s&u~!G&eo)>$gBCwz<_j-7EB4^a0@nK&4FD<PF0DaMc' );
define( 'SECURE_AUTH_SALT', '12+.jz4o=qJ$L4S>s]AEJuXJ0g0J?`Qymg5I&gL+uTb%$h.pGqfpYIAbDZ0@_cud' );
define( 'LOGGED_IN_SALT',   '0H,x88PWK7A8#hi|Ua}(K8#k7cF;/0Z}T]kSaAvqE^s{FR40Yy?uc}@AeUnu<ek_' );
define( 'NONCE_SALT',       'qa+~}ZH#8[|Xdz{kJdJXarekOP`HZN;>faM+jk|1Ur_|B=<A0E&0%8P|e5hDOpD7' );
/**#@-*/

define( 'SMTP_USER', 'wordpress@initech.io' );
define( 'SMTP_PASS', 'k@ttVYKmF9L6g.k5#%' );
define( 'WP_CACHE_KEY_SALT', 'shop_' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
