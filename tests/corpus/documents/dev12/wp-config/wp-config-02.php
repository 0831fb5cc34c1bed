<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_blogg' );
define( 'DB_USER', 'wp_vpzbb' );
define( 'DB_PASSWORD', 'meadow-falcon-lantern91' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'CzHG&gz5~EqlsjBiH~IfI{rb@cigC7cgYGI{oan1@Wf[uj>ZA<vt~Q{l.*+F;MGN' );
define( 'SECURE_AUTH_KEY',  'U^O?V]xxZ}m;9=Qp}:2g@T-itKA1B8$L|I6Z@hA4MpbOAb0I)g&z<e`?^FO_Q&Jw' );
define( 'LOGGED_IN_KEY',    ')!qF3}.5M/104_qScaIXrFDy+5y^m^sGyusq(SK+]BQ#>vkmfnZkNl$,&-g=0)7]' );
define( 'NONCE_KEY',        ']CeQ^x{4sJCF(-$CU[ .;(RslR^JAD7vR7*Kz;Q}#x-s~3o/5UGSv%=>&iBPyWpb' );
define( 'AUTH_SALT',        '_P:}o<1a69JF?:|8o^6PEP*$30%5{qMLM%.$X`HOM3Be173r}]qV+!mL e,Laei=' );
define( 'SECURE_AUTH_SALT', '@Mm/7xBBfrA7^((zoNQ/0a{EyUT(l^Yz[7}B*AC6Jo&/]w~}1DeKjkZ_!`I-7umv' );
define( 'LOGGED_IN_SALT',   'RD_]J<TB3t4O}`x/+}?y mcQ|h;Hl0BD:dyC[Z6mjiMC*:lBh+R{fPkLgJ$>5Bz*' );
define( 'NONCE_SALT',       '2}D(j|q#Y|kH6+Q#.ZL}ZuNSw7oaFGPpiMqRs%hdkp-XPn<9nmTP=d?S#LH_>x;Z' );

/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
