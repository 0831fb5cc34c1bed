<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_dmjvl' );
define( 'DB_USER', 'wp_nofjp' );
define( 'DB_PASSWORD', '4RhthznK-b5ZyXD' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          'l3zP[liV*I=#%gf>)it3JKVX(mZ{J3Cm<{!-%:@|mIl#o_Aj]<b!!xngl1&q48F;' );
define( 'SECURE_AUTH_KEY',   'Nd9oBYg#%G7szNCV7v__^L#9;^fY$teA{b@wDiVZCQzS[Y%$&FGchNl;u|.6#Q!a' );
define( 'LOGGED_IN_KEY',     'l![1OI=4;2m$;N3$2m^@;%j0M^@-mY<6UgxmsQiX^Jc;zmU13uu}6r}%jBWWZr#l' );
define( 'NONCE_KEY',         't:OH[RyE+$8M)$i,7:BEq:TJ$pa6gJK(g7]XZKB{#t>|#jvdY8udC>Xuz8>Hm)-y' );
define( 'AUTH_SALT',         'HLA^1pUc!4!Orof[ajaXsur}e>-SVk$O}hv1S&TO=34KQsYYI[4Cx1v7wCWI(4l~' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'sgKdqGM20s9dvGVS2g' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
