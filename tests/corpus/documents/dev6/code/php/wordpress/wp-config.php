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
define( 'DB_NAME', 'wp_glacier' );

/** Database username */
define( 'DB_USER', 'wp_actsem' );

/** Database password */
define( 'DB_PASSWORD', 'fxFQko7jtoMrcexyq' );

/** Database hostname */
define( 'DB_HOST', '10.3.161.81' );

/** Database charset to use in creating database tables. */
define( 'DB_CHARSET', 'utf8mb4' );

/**#@+
 * Authentication unique keys and salts.
 *
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',          '.sOCQw}uOl;e:t@jv@Q95judbl}VM?6[fF%M;zA0)[T@sQF)Xc3aPp|B*j!3G{8~' );
define( 'SECURE_AUTH_KEY',   'z0,q?k;b^vY(v+2bdWKo#h:,3z^?!Yewt!@:mW@9nsE}otANyEJuQzAT0e(%0?Cq' );
define( 'LOGGED_IN_KEY',     '+!AUz H6EkesZxd=]&,?h{V&u(LV?VLBSBiiFYmx!j8Y{Ikrx.(}*T 3O1{qZc]s' );
define( 'NONCE_KEY',         '_pi:e!5Pzkk+G).,Ki!&N(J{5k0CNbj9xZ($Us5cv [c*j~4C/a[T]PyHl!Vgqh*' );
define( 'AUTH_SALT',         '0E@5^}X}(p~,EJ5|][O.8+jyuu?.76X=g$jBAUVV[7D:A~PSL=Q#7h{azsS9mMv(' );
define( 'SECURE_AUTH_SALT',  'Ol~xay5vJ-4}#dHQ.)]+n&fP7kM6mL[U0L&M)W Pjauf2*I}-Q;$U~mai}*Sg|4:' );
define( 'LOGGED_IN_SALT',    '*b%//|0Tr:/POVLQb/Wm};JHKyAzxs-g;m88@nX:ZkQ#xV7(8WyB(ji h&STNKW[' );
define( 'NONCE_SALT',        'ZJp;Hc!2Pu6ntQ [MzB 3O.6N_88,[S!1YGd*SRe/C[a0oA(A*jok41H7TcLQd(8' );

/**#@-*/

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'FS_METHOD', 'ftpext' );
define( 'FTP_USER', 'wpdeploy' );
define( 'FTP_PASS', 'Nimbus_Glacier_Delta_944' );
define( 'FTP_HOST', 'ftp.quantafin.nl' );
define( 'WPMS_SMTP_PASS', 'W3SV4^zE36z!%RTtdP' );
define( 'JETPACK_DEV_DEBUG', false );

/* That's all, stop editing! Happy publishing. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
