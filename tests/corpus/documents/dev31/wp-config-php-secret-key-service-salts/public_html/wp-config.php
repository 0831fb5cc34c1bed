<?php
/**
 * The base configuration for WordPress
 *
 * The wp-config.php creation script uses this file during the installation.
 * You don't have to use the website, you can copy this file to "wp-config.php"
 * and fill in the values.
 *
 * This file contains the following configurations:
 *
 * * Database settings
 * * Secret keys
 * * Database table prefix
 * * ABSPATH
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'wp_tradgardsforeningen' );

/** Database username */
define( 'DB_USER', 'wp_tgf' );

/** Database password */
define( 'DB_PASSWORD', 'RO0K9Y5NAD0q:L1nwhrq' );

/** Database hostname */
define( 'DB_HOST', 'mysql-2.internal.hostingbolaget.net:3306' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/** The database collate type. Don't change this if in doubt. */
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 *
 * You can change these at any point in time to invalidate all existing cookies.
 * This will force all users to have to log in again.
 *
 * @since 2.6.0
 */
define( 'AUTH_KEY',         '>c{##bmxBEXC4si{64DB-wG=Hm`bGz6bWyz+SngM)=gz#*UXM!jK6K#^+aZP-1QO' );
define( 'SECURE_AUTH_KEY',  '5iuDHg6pA,;%572GOHfyaD6H=[#ZzgNITuk}n{+bQ5Xo:&/xhLepOUL9FN.x6VMe' );
define( 'LOGGED_IN_KEY',    'tRk.1u%u]MRw(1jMf~YfYrTwx7ujncfT?c{[9O]@ER<E@PP8%9;(%DL:K3fN{0Gb' );
define( 'NONCE_KEY',        'W%^byXx]E`]!*Z,6zu5k0*yKp-% 3JG2cnz?C,s(J3pn}?Bknj@r?ruL]:Ch>JX#' );
define( 'AUTH_SALT',        'rYEtm*nlN jW6.:shINMZ>!}+64CXO`%IEl>ZM|$%mK hq=a{o==6dnixrsPDv+L' );
define( 'SECURE_AUTH_SALT', '@IR3a }=FFE]-r^n!}q>gyw@z3!M]EH,e_@wr*J``6Y)~QPD| |t4?sR]HKNrS@W' );
define( 'LOGGED_IN_SALT',   'ZdH uO!bb7r]z*?yR#M9b*#q0wLH!4%?q^_.*;$o?%JWBNcHTyZrQgp}xV6b.n.+' );
define( 'NONCE_SALT',       '>q.NL{[m=/=eP fzPGeiZT1GS}gM/GVLNcc7uaulFKi+DR1psJ:x7Jqd=GXutfAb' );

/**#@-*/

/* Redis object cache (Till Krüss' redis-cache plugin) */
define( 'WP_REDIS_HOST', '10.40.2.17' );
define( 'WP_REDIS_PORT', 6379 );
define( 'WP_REDIS_PASSWORD', '31tSVljD3bgeZR99ruhDuIYYhBHg' );
define( 'WP_REDIS_DATABASE', 3 );
define( 'WP_CACHE_KEY_SALT', 'tradgardsforeningen.se:' );
define( 'WP_CACHE', true );

/**
 * WordPress database table prefix.
 *
 * You can have multiple installations in one database if you give each
 * a unique prefix. Only numbers, letters, and underscores please!
 */
$table_prefix = 'tgf7_';

/**
 * For developers: WordPress debugging mode.
 *
 * @link https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/
 */
define( 'WP_DEBUG', false );
define( 'WP_DEBUG_LOG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_ENVIRONMENT_TYPE', 'production' );
define( 'FORCE_SSL_ADMIN', true );
define( 'WP_POST_REVISIONS', 10 );

/* Add any custom values between this line and the "stop editing" line. */



/* That's all, stop editing! Happy publishing. */

/** Absolute path to the WordPress directory. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

/** Sets up WordPress vars and included files. */
require_once ABSPATH . 'wp-settings.php';
