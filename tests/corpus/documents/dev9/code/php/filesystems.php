<?php

return [
    'default' => 's3',
    'disks' => [
        's3' => [
            'driver' => 's3',
            'key' => 'AKIAM7LT2264BAYHR3CT',
            'secret' => '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',
            'region' => 'eu-central-1',
            'bucket' => 'helix-datalake-raw',
            'url' => env('AWS_URL'),
            'use_path_style_endpoint' => false,
        ],
    ],
];
