<?php
/**
 * The base configuration for WordPress
 */
define( 'DB_NAME', 'wp_helios' );
define( 'DB_USER', 'wp_user' );
define( 'DB_PASSWORD', 'ZSf8IZEM1aCw4' );
define( 'DB_HOST', '10.0.3.12:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

/* S3 offload plugin */
define( 'AS3CF_SETTINGS', serialize( array(
    'provider' => 'aws',
    'access-key-id' => 'AKIAI2JG2MBB4JLGXDYG',
    'secret-access-key' => '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',
) ) );

/**#@+
 * Authentication unique keys and salts.
 * Generate these using the WordPress.org secret-key service
 */
define( 'AUTH_KEY',         '1~8.0tBAZ,Jt&v[jrp@@lEQg;z3db{I;R.H`3t9~{FQ6C)*T)+z7n[@!x51K^D#Q' );
define( 'SECURE_AUTH_KEY',  '2|ytWmMIsrvA6CN0,LP9mhzb06R%HWoW*|6_[rOu}W:ul+O{80;O])<VVz{rC!/F' );
define( 'LOGGED_IN_KEY',    'qVQ<FCmQ1Z]vyRe{?&1gAWcJA9lsCM25o|3@^K@4V)rahu4uQO9j.Jlai?DNc2Dw' );
define( 'NONCE_KEY',        'QRD*:d@u2R1ry^pF3tFZyk5l6Q_;yCL+&4e+S[B>9d8+Z*9@YR;Tw`)nrcvZv`th' );
define( 'AUTH_SALT',        'j4:@Q1<5eHZ0qRz)QzAPH][^44;:WJjd&W^B^9m0xG_nyvJ1K_w,^|~z!rjuLQq5' );
define( 'SECURE_AUTH_SALT', '#J<&3D3E@!KZbK{QTD1Kv=gu{M((%PL@oCzE9.Z;=n{2:S!(`J79v|+(Pp4x9RfD' );
define( 'LOGGED_IN_SALT',   'vP>7%i4fQ{c9a.#eJVZJtKe}dV)6_Q0I[s73,WYV`E!SShfc^l_@4`%.l9AbJOQM' );
define( 'NONCE_SALT',       '8-n:LW^X^4bn}!4Z&:~v[5f+CPaxdKr5+}Zg8]mP<__B|Ro@:E1w4tc~x1&*ybVk' );
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'JWT_AUTH_SECRET_KEY', 'MBTfeqlkppX1EgqIXVOyOiUJFjxR0eWlLbwgGaapLUAjcqkV' );
