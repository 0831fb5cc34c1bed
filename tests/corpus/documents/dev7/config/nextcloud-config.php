<?php
$CONFIG = array (
  'instanceid' => 'ocms4uw22bss',
  'passwordsalt' => 'vDvEKdxPzMG9k8SdiMXQXud8DWBmQQcY',
  'secret' => 'nSPSKoj5/u2zlgp9MC/IgkqR5l41y4vjgu5+NfA6oLAm6GNnSve376knOLs3QOX5',
  'trusted_domains' =>
  array (
    0 => 'cloud.corp.example',
  ),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '29.0.2.2',
  'overwrite.cli.url' => 'https://cloud.corp.example',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbport' => '',
  'dbtableprefix' => 'oc_',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'G1ng3rcr1ck3t87',
  'installed' => true,
  'maintenance' => false,
);
