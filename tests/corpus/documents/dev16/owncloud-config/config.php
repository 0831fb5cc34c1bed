<?php
$CONFIG = array (
  'instanceid' => 'ocjthi0vx3gq',
  'passwordsalt' => 'YqbwoGp21iLHri7y6PrrtnrGAg9DohQz',
  'secret' => 'aelf+xaL7k8+IfQzH8fyRNHcISODfg3Jf9iHUuzJK8Fysr+6I3baa7NjkJFOM+7MboQtkfv9ZLVSjeIHeV21cT==',
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
  'dbpassword' => '+INJKHnho7r_I=m-cA0',
  'mail_smtpmode' => 'smtp',
  'mail_smtphost' => 'smtp.kvarnholm.se',
  'mail_smtpauth' => 1,
  'mail_smtpname' => 'moln@kvarnholm.se',
  'mail_smtppassword' => 'pumpkin9327*',
  'memcache.locking' => '\\OC\\Memcache\\Redis',
  'redis' => array('host' => 'redis-moln', 'port' => 6379, 'password' => '94UcaQglhdVMZWIXHw3Dq'),
  'objectstore' => array(
    'class' => 'OCA\\Files_Primary_S3\\S3Storage',
    'arguments' => array(
      'bucket' => 'kvh-owncloud',
      'options' => array(
        'credentials' => array('key' => 'AKIA7DN566C3HYZHH3LB', 'secret' => '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'),
        'region' => 'eu-north-1',
      ),
    ),
  ),
  'installed' => true,
);
