<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_blogg' );
define( 'DB_USER', 'wp_fdmxd' );
define( 'DB_PASSWORD', 'XeO{ 28Cr-y^vKa4g*i6f?8!mO' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'm)UFusp{y(=:97@fM#4/~{:5NA0w*Xx:0Np1^6~x_N4;mOA ZalIG?%he5osVF90' );
define( 'SECURE_AUTH_KEY',  '/Xy:D6fmG@-nYLLZp,5@3t2~Ea4I$?&ohvYhogTtMAdFI>iAE~azl8x:`YguVD%R' );
define( 'LOGGED_IN_KEY',    'SmYTm?x(FhK2S?+^y/x*&aH93JsU/Pv%Rc:kS#IJVz#ScPLoQ0b%s[*{c9B[R}(c' );
define( 'NONCE_KEY',        ';VUJjj -(UW%sIfJ9n^ZBXah9Ar8(X+H[}0^Al-l>>(=3*;@2WES-=ZWNWaG`Hhm' );
define( 'AUTH_SALT',        '8$${|~k)AW!69Nn<F+(R>$z)[qm7 xla~]V9&V1Y~wILFH5MQuy;.<h<e^n.#!rq' );
define( 'SECURE_AUTH_SALT', 'gT-lv~)WO+#c5GZu}&W5hpTbiA15%r ~G*1v}bYW<i({;<=-H>{_t 6.S<Fm=is>' );
define( 'LOGGED_IN_SALT',   'QG,`a3vGL3T#kLD-_@pO1;-xSyR`CXBbL_=t<g9Ip-<DI&3_}=%i/OA@KEvGbkJ#' );
define( 'NONCE_SALT',       '4-J0Ec7,*0Fsnfjn4K9F.}VR~;aq`Jj)|N/RBM=WzL tqU *%a:9O*<3ZjEtBq>#' );

/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'WPMS_ON', true );
define( 'WPMS_SMTP_HOST', 'smtp.office365.com' );
define( 'WPMS_SMTP_USER', 'noreply' );
define( 'WPMS_SMTP_PASS', 'c*x22bz#Bw7tb*d&qVMhm^B&9c' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
