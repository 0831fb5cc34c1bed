<?php
$CONFIG = array (
  'instanceid' => 'ocxr10tu97p2',
  'passwordsalt' => 'aG2tIt3YE9PZ8ErIC4GIXPreSE0m4B87',
  'secret' => '8vJitIgocytut7vWrBFOTB2p1KfRqST6nqmwu9nEPhhcyuOiGtPvfGGiks3svOlSjg0bVR4MqGPGB40KtX6zft==',
  'trusted_domains' =>
  array (
    0 => 'moln.kvarnholm.se',
  ),
  'datadirectory' => '/var/www/owncloud/data',
  'dbtype' => 'mysql',
  'version' => '10.15.0.2',
  'dbname' => 'owncloud',
  'dbhost' => 'db-moln:3306',
  'dbtableprefix' => 'oc_',
  'mysql.utf8mb4' => true,
  'dbuser' => 'owncloud',
  'dbpassword' => 'X%5*PBEJZDB_Db',
  'mail_smtpmode' => 'smtp',
  'mail_smtphost' => 'smtp.kvarnholm.se',
  'mail_smtpauth' => 1,
  'mail_smtpname' => 'moln@kvarnholm.se',
  'mail_smtppassword' => 'gondola5962.',
  'memcache.locking' => '\\OC\\Memcache\\Redis',
  'redis' => array('host' => 'redis-moln', 'port' => 6379, 'password' => 'hx49q2CWJg3IMHWyi'),
  'objectstore' => array(
    'class' => 'OCA\\Files_Primary_S3\\S3Storage',
    'arguments' => array(
      'bucket' => 'kvh-owncloud',
      'options' => array(
        'credentials' => array('key' => 'AKIA7EYOEHKUAKG4CVOT', 'secret' => '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'),
        'region' => 'eu-north-1',
      ),
    ),
  ),
  'installed' => true,
);
