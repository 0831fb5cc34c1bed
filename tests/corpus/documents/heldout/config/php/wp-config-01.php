<?php
/**
 * The base configuration for WordPress
 *
 * @link https://developer.wordpress.org/advanced-administration/wordpress/wp-config/
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_pshsz' );
define( 'DB_USER', 'wp_buuxl' );
define( 'DB_PASSWORD', 'Tiger212.' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// staging override
// define( 'DB_PASSWORD', 'password_here' );

define( 'AUTH_KEY',          '0Vr,k@$KHMaT6]U[T{ZS>xZU^Srk0(K$q||eJbJ{BKjb(Uv(=(T=o)|7r|lkKB6p' );
define( 'SECURE_AUTH_KEY',   'Ma]fP}X6TzcvH?i2@n)!NgV(0g}x&&b(L0f)[|r2)q]hcO7OvPs![vN&?2A;JP=F' );
define( 'LOGGED_IN_KEY',     'HXL2iN}0UXh.p3RM)T7-}B@v01u^B*{2a}ble~+]J?s>scVkNZ@7*4*O~^0m(:*9' );
define( 'NONCE_KEY',         '9-&%n>$&^WI,dF*?_f:Zg={VTo^jbTaDKNhN)ynG|(edy)koaYW?aXb17E62GWaN' );
define( 'AUTH_SALT',         'LtNGDh{X^:wZh=1%Ev:O)&OoXV@x6V]!;Tp)yATa.*+<:*1apnC>h2~wn7V!~^}_' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );

define( 'WP_MAIL_SMTP_PASS', 'Basalt1429#' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
