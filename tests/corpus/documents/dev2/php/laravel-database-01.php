<?php

use Illuminate\Support\Str;

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', 'localhost'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', 'VeT3HU8UpcK3z!U'),
            'charset' => 'utf8mb4',
        ],
        'legacy' => [
            'driver' => 'sqlsrv',
            'host' => '10.0.3.17',
            'username' => 'legacy_ro',
            'password' => env('LEGACY_DB_PASSWORD', ''),
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD', null),
            'port' => env('REDIS_PORT', '6379'),
        ],
        'cache' => [
            'url' => 'tls://default:cOBSSUwfwBM5Tgz5m83BUcXr@cache.example.org:6380',
            'password' => null,
        ],
    ],
];
