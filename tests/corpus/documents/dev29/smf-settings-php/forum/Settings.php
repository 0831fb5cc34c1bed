<?php

/**
 * The settings file contains all of the basic settings that need to be present when a database/cache is not available.
 *
 * Simple Machines Forum (SMF)
 */

########## Maintenance ##########
$maintenance = 0;
$mtitle = 'Underhåll';
$mmessage = 'Forumet är nere för underhåll en kort stund.';

########## Forum Info ##########
$mbname = 'Båtklubbens forum';
$language = 'swedish';
$boardurl = 'https://forum.batklubben.lan';
$webmaster_email = 'noreply@batklubben.invalid';
$cookiename = 'SMFCookie' . '471';

########## Database Info ##########
$db_type = 'mysql';
$db_port = 0;
$db_server = 'localhost';
$db_name = 'smf';
$db_user = 'smf_forum';
$db_passwd = '_q=b2AVU3n"43O';
$ssi_db_user = '';
$ssi_db_passwd = '';
$db_prefix = 'smf_';
$db_persist = 0;
$db_error_send = 0;
$db_mb4 = null;

########## Cache Info ##########
$cache_accelerator = '';
$cache_enable = 0;

######### Image Proxy #########
$image_proxy_enabled = true;
$image_proxy_secret = 'be2e5c4bd3f33fe091b918efffe760e5';
$image_proxy_maxsize = 5192;

########## Directories/Files ##########
$boarddir = '/var/www/forum';
$sourcedir = '/var/www/forum/Sources';
$packagesdir = '/var/www/forum/Packages';
$tasksdir = $sourcedir . '/tasks';
