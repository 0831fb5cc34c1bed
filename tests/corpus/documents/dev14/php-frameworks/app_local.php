<?php
/*
 * Local configuration file to provide any overrides to your app.php configuration.
 * Copy and save this file as app_local.php and make changes as required.
 */
return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),

    'Security' => [
        'salt' => env('SECURITY_SALT', 'bca527262796ea1ffda9e2a583444a1dd63b967eb5b6ba63fda616aa34804154'),
    ],

    'Datasources' => [
        'default' => [
            'host' => 'localhost',
            'username' => 'cake_app',
            'password' => 'ylmwd^vFBj<ZCSd2|HGrD1&3',
            'database' => 'cake_shop',
            'url' => env('DATABASE_URL', null),
        ],
        'test' => [
            'host' => 'localhost',
            'username' => 'my_app',
            'password' => 'secret',
            'database' => 'test_myapp',
        ],
    ],

    'EmailTransport' => [
        'default' => [
            'className' => 'Smtp',
            'host' => 'smtp.example.org',
            'port' => 587,
            'username' => 'shop@example.org',
            'password' => 'FossilMarble85!',
            'tls' => true,
        ],
    ],

    'Payments' => [
        'webhookSigningKey' => '7PMayCx6RNf2utHW4QMgb9VvvvEv6LRAdGPTTkKFD3I',
        'merchantId' => '791260531',
        'apiKey' => env('PAYMENT_API_KEY'),
    ],
];
