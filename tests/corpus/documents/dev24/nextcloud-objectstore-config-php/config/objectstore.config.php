<?php
$CONFIG = array (
  'objectstore' => array (
    'class' => '\\OC\\Files\\ObjectStore\\S3',
    'arguments' => array (
      'bucket' => 'nextcloud-primary-forsamling',
      'autocreate' => false,
      'key'    => 'AKIANYK2VUR6YAFDRQCN',
      'secret' => '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',
      'hostname' => 's3.eu-north-1.amazonaws.com',
      'region' => 'eu-north-1',
      'use_ssl' => true,
      'use_path_style' => false,
    ),
  ),
  'instanceid' => 'oc1DLlUxec5w',
  'passwordsalt' => 'MCxrLwFPpoKb30zP3S0IuWYN',
  'secret' => '8snHOlHG8+4XDSLLJ4iY6U/Pag7EQsdTIwTrR6pFeNF9oe16T8MKnzr=',
);
