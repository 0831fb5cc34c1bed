<?php
$CONFIG = array (
  'instanceid' => 'ocd1w6f74qqh',
  'passwordsalt' => 'QqKDvPNkdYvS1NkrMgLUq6bkD6VO2b',
  'secret' => '+WO/ZKvLWq8ddUlyijzo1mA4cM2gBujcnlX4JUzzKlTcVjRT',
  'trusted_domains' => 
  array (
    0 => 'cloud.vandenberg-installatie.nl',
  ),
  'datadirectory' => '/var/www/html/data',
  'dbtype' => 'pgsql',
  'version' => '30.0.4.1',
  'dbname' => 'nextcloud',
  'dbhost' => 'db',
  'dbuser' => 'oc_admin',
  'dbpassword' => 'juniper.staple.piano54',
  'installed' => true,
);
// objectstore: 'arguments' => ['key' => 'nextcloud', 'secret' => 'iNAhWAqVF5qwPfOXeXF7KGu8l/gYOO5YdyeRCSEfsOM=']
