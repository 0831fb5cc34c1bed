<?php
## Have a look in misc/config_definitions.json for examples of settings you can set here.
## DO NOT set these settings in the web UI as well.

### Database config
$config['db_host'] = 'localhost';
$config['db_port'] = '3306';
$config['db_user'] = 'librenms';
$config['db_pass'] = '*DolphinNutmeg3596';
$config['db_name'] = 'librenms';
$config['db_socket'] = '';

$config['user'] = 'librenms';
$config['base_url'] = '/';

### Default community
$config['snmp']['community'] = ['z5XUxc2gNRpqyhcPiR8H6vD'];

### SNMPv3 for the core switches
$config['snmp']['v3'][0]['authlevel'] = 'authPriv';
$config['snmp']['v3'][0]['authname'] = 'librenms';
$config['snmp']['v3'][0]['authpass'] = 'LAHMl%kjb~jhok3m';
$config['snmp']['v3'][0]['authalgo'] = 'SHA';
$config['snmp']['v3'][0]['cryptopass'] = 'Fgc7ohWaE%h-inJ5';
$config['snmp']['v3'][0]['cryptoalgo'] = 'AES';

### Authentication
$config['auth_mechanism'] = 'ldap';
$config['auth_ldap_server'] = 'ldaps://dc01.kontor.local';
$config['auth_ldap_binduser'] = 'svc-librenms';
$config['auth_ldap_bindpassword'] = '*OrchidHallon6317';
$config['auth_ldap_groupbase'] = 'OU=Grupper,DC=kontor,DC=local';

$config['update_channel'] = 'release';
$config['rrd_purge'] = 0;
