<?php
/**
 * The base configuration for WordPress
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'app_prod' );
define( 'DB_USER', 'wp_webapp' );
define( 'DB_PASSWORD', 'crKCG!,FP2U$~h=~rhhy1b' );
define( 'DB_HOST', 'db.example.com' );
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using the
 * {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         '^1?qHiK;^^@ChOD[vfDKs|k]Cwk0V8K7>v_P(NPkk^OKst>:)W-[i(4)rq,AhI-w' );
define( 'SECURE_AUTH_KEY',  ';8`NyBqa ltasW_~Qw+C8J0~^xV 0N<fr<oJXZ]j 7n5vlQ7Q}RvgD(tI)c45?JS' );
define( 'LOGGED_IN_KEY',    'm*:>W%)Yq#(l/mc:2pb/Hi05%yGK:i3czciwU{NbJ/6By~()@.N~1hf}e+`UE>`?' );
define( 'NONCE_KEY',        'r84Eb7[LOKx,Q^BifT;ZO*jiYbTtfP:+6jFi,LK-G%|8O~(cT1VK|2m*<Sr6I}P)' );
define( 'AUTH_SALT',        '~3xd;Id*4O[m,/JaGmbTT=!DDl2ab%m(<V}us`(9iBg3f_@wC68~8a{qK:++^Vx_' );
define( 'NONCE_SALT',       'put your unique phrase here' );
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
