<?php
/**
 * phpMyAdmin configuration file (config.inc.php)
 */
$cfg['blowfish_secret'] = 'zle81ruShi37VIpZmtZnf3k0h2dCIYWp'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */

$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'mysql-shop.mosaic-retail.internal';
$cfg['Servers'][$i]['compress'] = false;
$cfg['Servers'][$i]['AllowNoPassword'] = false;

/* storage for the configuration tables */
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = 'Lyktarocket2051*';
$cfg['Servers'][$i]['pmadb'] = 'phpmyadmin';

$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = '127.0.0.1';
$cfg['Servers'][$i]['user'] = 'readonly';
$cfg['Servers'][$i]['password'] = 'x5_Kya_OTHZoE';
$cfg['Servers'][$i]['verbose'] = 'local (read only)';

$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = 'mysql-legacy.mosaic-retail.internal';
$cfg['Servers'][$i]['user'] = 'root';
$cfg['Servers'][$i]['password'] = 'Sol-mango-Puffin-589';

// sample values from config.sample.inc.php, left commented:
// $cfg['Servers'][$i]['controlpass'] = 'pmapass';
$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
