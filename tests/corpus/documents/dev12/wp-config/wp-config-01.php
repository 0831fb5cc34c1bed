<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_shop' );
define( 'DB_USER', 'wp_pwbgy' );
define( 'DB_PASSWORD', 'violet+willow+pepper+ember59' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'c`ffM[Bz(RAxAr=ozcf|gT8Ec${A,S (8TBLSxcJ!R8IuXEf,WkW<bymt*46)C_Q' );
define( 'SECURE_AUTH_KEY',  '0]C?-KY)@mxZS[n1+!;s+7H=e #LCk{HBggZFJbW-Al5gj0,g:g7m.M>aSpjCb]v' );
define( 'LOGGED_IN_KEY',    'la-hxMF[p7e|># m6AbgB!tsa+pd+YV&1XY,=L,AL`S$&$-fD!^s;%B%;(~^7kt!' );
define( 'NONCE_KEY',        'n1s{HEQ3<[{!E#.(E~ybyi_]F[HB*}FUY]c^?-35P)o(Wu9H7ke23v!$Vc.Mb?:K' );
define( 'AUTH_SALT',        'zY@a`*%s r.Tvr,/z2LF%-!Pk@9]KqP>)X$vyrx];87ALz!Xi?YKntQ+Rs.&3=Y1' );
define( 'SECURE_AUTH_SALT', ']|,Wb+kmcUXCj%6.0P!24u,X`m?$N,/[OlmHG1Aw[bZMaUbK}K$eW(MAXR<4Ol*U' );
define( 'LOGGED_IN_SALT',   '%z<C6K~h,U^_t?gUA}>@G1*6`#U$ZU%[YTHEq6{h.xH.1a<m3b;0Do2g/xJ[|F^o' );
define( 'NONCE_SALT',       '5)k=KLnDD@#J#^,HiZZ:b*ssh:[N@a:bYuH4frH^0~u+%B^jFQ|M)F<_-*;6JH>:' );

/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'WPMS_ON', true );
define( 'WPMS_SMTP_HOST', 'smtp.office365.com' );
define( 'WPMS_SMTP_USER', 'noreply' );
define( 'WPMS_SMTP_PASS', 'Fje=llvann3573&' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
