<?php
/*
 +-------------------------------------------------------------------------+
 | Copyright (C) 2004-2024 The Cacti Group                                 |
 +-------------------------------------------------------------------------+
*/

$database_type     = 'mysql';
$database_default  = 'cacti';
$database_hostname = 'localhost';
$database_username = 'cactiuser';
$database_password = 'IDs9AIfw94K1LF-t';
$database_port     = '3306';
$database_retries  = 5;
$database_ssl      = false;

/* Remote Poller */
#$rdatabase_type     = 'mysql';
#$rdatabase_default  = 'cacti';
#$rdatabase_hostname = 'localhost';
#$rdatabase_username = 'cactiuser';
#$rdatabase_password = 'cactiuser';

$poller_id = 1;
$url_path = '/cacti/';
$cacti_session_name = 'Cacti';
