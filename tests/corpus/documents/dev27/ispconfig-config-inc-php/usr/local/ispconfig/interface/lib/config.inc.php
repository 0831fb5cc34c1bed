<?php

/*
Copyright (c) 2007 - 2016, Till Brehm, projektfarm Gmbh
All rights reserved.
*/

//** Web-only
if( !empty($_SERVER['DOCUMENT_ROOT']) ) {
	Header("Pragma: no-cache");
	Header("Cache-Control: no-store, no-cache, max-age=0, must-revalidate");
	Header("Content-Type: text/html; charset=utf-8");
}

//** database
$conf['db_type'] = 'mysql';
$conf['db_host'] = 'localhost';
$conf['db_port'] = '3306';
$conf['db_database'] = 'dbispconfig';
$conf['db_user'] = 'ispconfig';
$conf['db_password'] = 'c2fb3e119742d224e9f06920c14ceda3';
$conf['db_charset'] = 'utf8'; // same charset as html-charset - (HTML --> MYSQL: "utf-8" --> "utf8", "iso-8859-1" --> "latin1")
$conf['db_new_link'] = false;
$conf['db_client_flags'] = 0;

define('DB_TYPE', $conf['db_type']);
define('DB_HOST', $conf['db_host']);
define('DB_PORT', $conf['db_port']);
define('DB_DATABASE', $conf['db_database']);
define('DB_USER', $conf['db_user']);
define('DB_PASSWORD', $conf['db_password']);

//** Database settings for the master DB. This setting is only used in multiserver setups
$conf['dbmaster_type'] = 'mysql';
$conf['dbmaster_host'] = 'panel01.webbhotell-norr.se';
$conf['dbmaster_port'] = '3306';
$conf['dbmaster_database'] = 'dbispconfig';
$conf['dbmaster_user'] = 'ispcsrv2';
$conf['dbmaster_password'] = '32792673da9b0fa41905901b9df75131';
$conf['dbmaster_new_link'] = false;
