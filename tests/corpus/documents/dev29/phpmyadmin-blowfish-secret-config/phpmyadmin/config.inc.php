<?php
/**
 * phpMyAdmin configuration file
 */
declare(strict_types=1);

$cfg['blowfish_secret'] = 'SwwsKUv2wCcIpgReejk3q5TstQhLmP5r'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */

$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'db01.lan';
$cfg['Servers'][$i]['compress'] = false;
$cfg['Servers'][$i]['AllowNoPassword'] = false;

/* control user for advanced features */
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = '77x2RVs+iGdm0U9tM';
$cfg['Servers'][$i]['pmadb'] = 'phpmyadmin';

$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
