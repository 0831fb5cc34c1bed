<?php
require 'vendor/autoload.php';

use Aws\S3\S3Client;

$s3 = new S3Client([
    'version' => 'latest',
    'region'  => 'us-east-1',
    'credentials' => [
        'key'    => 'AKIA3UFBCL4YCWYQVLEU',
        'secret' => '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',
    ],
]);
// 'key' => 'AKIAIOSFODNN7EXAMPLE' in the SDK guide
