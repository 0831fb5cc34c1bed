<?php
$CONFIG = array (
  'instanceid' => '9x844ibgrpbk',
  'objectstore' => array (
    'class' => '\\OC\\Files\\ObjectStore\\S3',
    'arguments' => array (
      'bucket' => 'lumenpay-statements',
      'autocreate' => false,
      'key' => 'AKIALLIIDILZFYR3VCX5',
      'secret' => '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',
      'region' => 'us-west-2',
      'use_ssl' => true,
    ),
  ),
);
