<?php
$s3 = new Aws\S3\S3Client([
    'version' => 'latest',
    'region'  => 'ap-northeast-1',
    'credentials' => [
        'key'    => 'AKIA3RALFRYMYAWXQHGC',
        'secret' => '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',
    ],
]);


<?php
$s3 = new Aws\S3\S3Client([
    'version' => 'latest',
    'region'  => 'eu-north-1',
    'credentials' => [
        'key'    => 'AKIABO3G4MHD6ODMFF32',
        'secret' => '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',
    ],
]);


<?php
$s3 = new Aws\S3\S3Client([
    'version' => 'latest',
    'region'  => 'eu-central-1',
    'credentials' => [
        'key'    => 'AKIAY567MMCF7W6CF43W',
        'secret' => '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',
    ],
]);
