<?php

/**
 * @file
 * Local settings for the kommun.se production web nodes (web-01..web-04).
 * Managed by Ansible role drupal_site -- manual edits will be overwritten.
 */

$databases['default']['default'] = [
  'database' => 'drupal_kommun',
  'username' => 'drupal',
  'password' => 'Vargen-Cobalt-314',
  'prefix' => '',
  'host' => 'mariadb-vip.internal',
  'port' => '3306',
  'isolation_level' => 'READ COMMITTED',
  'namespace' => 'Drupal\\mysql\\Driver\\Database\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

$settings['hash_salt'] = '6ylbf69E5R3nCntL9BH5Q0Sgt1jnFUkxFhrvg7jL6Qws68UlCKF71bELbX2bxb6LsnULjdgtzg';
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/srv/drupal/private';
$settings['trusted_host_patterns'] = [
  '^www\.kommun\.se$',
  '^kommun\.se$',
];
$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = ['192.168.151.219', '10.189.62.27'];

// Symfony Mailer SMTP transport.
$config['symfony_mailer.mailer_transport.smtp']['configuration']['user'] = 'slindqvist@kommun.se';
$config['symfony_mailer.mailer_transport.smtp']['configuration']['pass'] = 'BhLJfMryGOcb3X*%X';

$config['system.logging']['error_level'] = 'hide';
$config['system.performance']['css']['preprocess'] = TRUE;
$config['system.performance']['js']['preprocess'] = TRUE;
