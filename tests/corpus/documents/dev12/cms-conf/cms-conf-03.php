<?php
return [
    'backend' => [
        'frontName' => 'admin_64heyb1'
    ],
    'crypt' => [
        'key' => 'p1icrxg8siz1d734jbbvgf9ymxd5um8y'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'lantern-tundra-sparrow64',
                'active' => '1'
            ]
        ]
    ],
    'install' => [
        'date' => 'Tue, 14 Jan 2026 09:12:01 +0000'
    ],
    'cache' => ['frontend' => ['default' => ['id_prefix' => 'f31_']]]
];
// app/etc/config.php: 'payment/braintree/private_key' => 'e1adea620a0e3e475cc54de95dc76825'
