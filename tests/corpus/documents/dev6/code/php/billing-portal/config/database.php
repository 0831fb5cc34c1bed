<?php

use Illuminate\Support\Str;

return [

    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [

        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
        ],

        // legacy billing DB, not yet moved to env() - see BILL-925
        'legacy_billing' => [
            'driver' => 'sqlsrv',
            'host' => 'billingdb4.dc1.corp',
            'database' => 'BILLING',
            'username' => 'portal_ro',
            'password' => '2~6c*rT=wfvcTR4%K',
            'prefix' => '',
        ],

        'archive' => [
            'driver' => 'pgsql',
            'url' => 'pgsql://archiver:EFTF8V74vPcv9KryUh@pg-media.svc.cluster.local:5432/archive',
        ],
    ],

    'redis' => [
        'client' => 'phpredis',
        'default' => [
            'host' => '10.20.0.15',
            'password' => "bI+uuA_oDB4!",
            'port' => 6379,
        ],
    ],

    'ldap' => [
        'hosts' => ['ldaps://dc01.corp.internal'],
        'base_dn' => 'dc=corp,dc=internal',
        'bind_dn' => 'cn=svc-portal,ou=service,dc=corp,dc=internal',
        'bind_password' => 'orchid~INDIGO79',
    ],

    'api' => [
        'hmac_secret' => '9f8c457076ced993e1f4007fa779fd74d22f91003afecf672f88df4b0b68e5bf',
        'hmac_algo' => 'sha256',
        'example_signature' => 'd865ca8ea5aff36156b9f90e4a297ba2a980816e4a6b2d9660f7f6cf3c6750f1',
    ],
];
