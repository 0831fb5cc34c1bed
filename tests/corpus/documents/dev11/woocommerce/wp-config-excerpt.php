<?php
define( 'DB_NAME', 'shop' );
define( 'DB_USER', 'shop' );
define( 'DB_PASSWORD', 'JuniperCroissant2218+' );
define( 'DB_HOST', '172.24.91.189' );
define( 'AUTH_KEY',         'e0^^u5*31^}8Ei~>hH+NzU<l~axy5FonxQ2nYafrN02riqF77I^L|Y.aF2hy9]N{' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'NONCE_SALT',       'P:A*C*T7OnRxVzYIC3KE=tN8rikA!S1M!*XuJvEudfA4S^8x3QGF-_Yd5CbOGv3^' );
define( 'WP_DEBUG', false );
