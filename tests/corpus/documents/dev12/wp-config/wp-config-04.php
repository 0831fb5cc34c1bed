<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_shop' );
define( 'DB_USER', 'wp_qdxmx' );
define( 'DB_PASSWORD', 'Motyl6633?' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         '+|PL*$3oVO`1@pj53)<,,M;J.HqrQGe}*vO:Mw.Ml0o}- COjWH*?8gRHp~k-S3c' );
define( 'SECURE_AUTH_KEY',  'vbEH`?uq= 9RW/% %0@~6J0W~MM:NfdK.j dF>uXQWojHZe/K3Gj*~({YL;7U.;^' );
define( 'LOGGED_IN_KEY',    '$]C$/gymn&=O 6.<ju}h5F-[BYv1RnYKwifw,YaOS1Yd1Q}Fp#0mvBy3}uf< $,D' );
define( 'NONCE_KEY',        '_Q[Z-wEdLs:TalhR{U,#t_)ELjkx-0TK=]/+N-th`t=dm!};_m?eZr|XiRMDPG98' );
define( 'AUTH_SALT',        'w5x670kTB>SnSy^c85,>/~y7k:3[*K&r]r1X.3Rt$-x7`4`|.2f>%|A?ilK@Q!/2' );
define( 'SECURE_AUTH_SALT', '[|s}_dq}q)aqa7U4u6/h>|1A^Y!rMMFg$kQw9Oj7<&G@)[0Ey?jwc2f>A*NO.f;x' );
define( 'LOGGED_IN_SALT',   'BYe|!.ERJiEUL GH)U[@C)5*;{ESFLGzx3$E~~n??Qw 9c}kx.hS4x=`H67Q$_:B' );
define( 'NONCE_SALT',       'I5Mp74a)p=/[>RrF^~3$T(Y7[Py0X,P@&@42bER^gt1{0p`FztRbqh7Q>P+&WOr=' );

/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
