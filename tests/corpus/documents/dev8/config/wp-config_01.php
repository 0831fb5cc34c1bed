<?php
/**
 * The base configuration for WordPress
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_paynext' );
define( 'DB_USER', 'wp_paynext' );
define( 'DB_PASSWORD', 'uZZdoZXK669uqPEKAo5=' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the WordPress.org secret-key service.
 */
define( 'AUTH_KEY',         '8ot[DciJAZ]7aO=hN(GD!kk6|TH5WnN?-hm~h!8ONH[5uW~QznqC&PojVA|y,vIY' );
define( 'SECURE_AUTH_KEY',  'lL,4K*2bRB3ca_>j}(:.^^XSv&Ku^%2>Cf3Hh#cQslv|S&B>8j]q%.x]JK<a,I%U' );
define( 'LOGGED_IN_KEY',    'k-J=nj321^suy*W_VY.s:u=T#1}mIV#k8Y>@1ec/01i),9?dilIt=QeTVfXZAXLk' );
define( 'NONCE_KEY',        'fFS<!rNs?CVeDj>m)0qVzY~eI:UH:%)/6O!9^Vw96w&iScMTl,Z//07v6A}IS|1F' );
define( 'AUTH_SALT',        'Yii}|(P)/M<?zC01b4A4P~h>%_3[m&=a]:XaE|3WzHU_k.#K*L,.=r&}{I[QL_f~' );
define( 'SECURE_AUTH_SALT', '*WT7wnf5(1VrfU[6S{Fo(]9GX,KqfBSSp)@N._Z?5V#M/3nUEo1FX]RV;gG7{otm' );
define( 'LOGGED_IN_SALT',   'lm=kgA5vc);!9G8RFkwQ4Ttnw/4e%rhK4:>x%h6pMdF1=8aXFnV/4*0a5:0}7~nc' );
define( 'NONCE_SALT',       'IRz{y4Vb)yVj;,SssB2p.ZvufigV1EqNUk?qMu}?,@M(0h1C:Dq,DhK0^AmY,3y&' );
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
