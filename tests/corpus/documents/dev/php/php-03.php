<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_fgquv' );
define( 'DB_PASSWORD', 'correct-lemon-staple-rhubarb85' );
define( 'DB_HOST', '10.0.6.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'SECURE_AUTH_SALT', '_E)A}%k16D|}=B~zUB{Nz@kMI-L{{c;<784&&0<}AvKGtOBiwb~vLP>@8Q-oYtx}' );
define( 'NONCE_KEY', 'jN+;JU35b=!Ha=I(E,:o+X7lbDA|D+Ntg?0.8g:C8_qX#f-arJ@,ez5o}GLfr=z}' );
define( 'AUTH_SALT', '*rKaOElV~{}4uZ;v>oI&ts;>+{xNF7{+FRi%na.uV2Wpqd;(5|yn!^X-C<PV{i8+' );
define( 'NONCE_SALT', 'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'SMTP_PASS', getenv('SMTP_PASS') );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
