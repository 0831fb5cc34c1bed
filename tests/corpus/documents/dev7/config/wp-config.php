<?php
/**
 * The base configuration for WordPress
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_site0' );
define( 'DB_USER', 'wp_site0' );
define( 'DB_PASSWORD', '1KXCB+80yVDwLbc+%rh2' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         '<obiEBi<OehUEEOyJ(8t/<]&4GZB]<Ro{+jXlke[A/)->2_1twJzpH}U/5VXnKMJ' );
define( 'SECURE_AUTH_KEY',  'ZUwrQ2n7Z65GMWykNA^Yyo;Vka?G*H[u7x7-F|_3gCDU2@HQ&@iC?&wGq)k3qbar' );
define( 'LOGGED_IN_KEY',    '4B:c{.2kPb4MQtz^>4<Zn]L4nCT2rT46escY~Weh*o%.!94Xp|6QHbUJD2qTT:9z' );
define( 'NONCE_KEY',        'LbJDiXw3=sEPYum?wk453hanCVce{@OJgtsjK6XY{AZQ@6zv)=.UC#!Dwh|P8dw6' );
define( 'AUTH_SALT',        'KzD0c=8?uk6HJ]H^C3lGNh:?|GFz96XZ6]sJ}Y;CJP{/C3LZGDu7818[F~gy}brW' );
define( 'SECURE_AUTH_SALT', '<)A;)QK5rU9Ssc=ITb,yYHo5Izw2/Y-aG;J{gdhja#__>0E-Y_Y/g1*?ux2xxi#p' );
define( 'LOGGED_IN_SALT',   'w@V?Z3@4f=PzT5nu.@iZcALksJu%3pxMev6N>9o_G(NjuM=?PFuBn-~>Pe@eYl@9' );
define( 'NONCE_SALT',       '#@SswcSbH:/^8-!w}O4/>,!36TCw?5W>/RAEhT0_Pe}P(,,+?H{V=P2)SA_iVdK(' );
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'WP_CACHE_KEY_SALT', 'site0.corp.example:' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
