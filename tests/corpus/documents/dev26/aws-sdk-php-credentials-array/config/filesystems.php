<?php

return [
    'default' => env('FILESYSTEM_DISK', 'local'),
    'disks' => [
        'local' => ['driver' => 'local', 'root' => storage_path('app')],
        's3' => [
            'driver' => 's3',
            'key' => env('AWS_ACCESS_KEY_ID', 'AKIABJOL6TLQBQMHOPW5'),
            'secret' => env('AWS_SECRET_ACCESS_KEY', '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'),
            'region' => 'eu-north-1',
            'bucket' => 'medlemsportal-uploads',
            'url' => env('AWS_URL'),
            'throw' => false,
        ],
    ],
];
