<?php
$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => 'Y@rr0w$umm1t86',
  'prefix' => '',
  'host' => 'mariadb.internal',
  'port' => '3306',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];
$settings['hash_salt'] = 'JIfMu7vHw8_7aWBm5fAeDQIi6bUo-MwbD7_0Vdcr97NmrHLpA_qft4jIs5pctM5Xq2pFdjXk5g';
$settings['config_sync_directory'] = '../config/sync';
$settings['deployment_identifier'] = 'c4cb75b354c61af55f6d77ae5aa6e61e9c9d90bf';
$settings['trusted_host_patterns'] = ['^intranet\.corp\.example$'];
