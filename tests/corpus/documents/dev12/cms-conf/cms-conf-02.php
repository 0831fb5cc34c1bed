<?php

$databases['default']['default'] = [
  'database' => 'drupal',
  'username' => 'drupal',
  'password' => 'rcE!6J&VV*..THwumBKVi@',
  'prefix' => '',
  'host' => 'db.internal',
  'port' => '3306',
  'driver' => 'mysql',
];

$settings['hash_salt'] = 'XIjfFW3H8aWs5EDbNWg0q-YdG2Ag0LmYCsOEzGwRTnGSOu0kWIHFD55lf_SMSjYw2EUAX3fJ6A';
$settings['config_sync_directory'] = '../config/sync';
// $settings['hash_salt'] = file_get_contents('/run/secrets/hash_salt');
$config['recaptcha.settings']['secret_key'] = '6LQNdjSMGFrOSzob_ISO7IAufIp2NSSxn6cgy6Jo';
