<?php

use Aws\S3\S3Client;
use League\Flysystem\AwsS3V3\AwsS3V3Adapter;

$client = new S3Client([
    'credentials' => [
        'key'    => 'AKIAK2VTHHHKUCU3JYOK',
        'secret' => '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',
    ],
    'region' => 'eu-central-1',
    'version' => 'latest',
]);

$backup = new S3Client(['credentials' => ['key' => "AKIAGDOBL5UNTT2LJUGR", 'secret' => "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"], 'region' => 'eu-north-1', 'version' => 'latest']);
$local = new S3Client(['credentials' => ['key' => getenv('S3_KEY'), 'secret' => getenv('S3_SECRET')], 'endpoint' => 'http://minio:9000']);
