<?php
// Zabbix GUI configuration file.

$DB['TYPE']			= 'POSTGRESQL';
$DB['SERVER']			= 'localhost';
$DB['PORT']			= '0';
$DB['DATABASE']			= 'zabbix';
$DB['USER']			= 'zabbix_web';
$DB['PASSWORD']			= 'Greta_bella2606';

// Schema name. Used for PostgreSQL.
$DB['SCHEMA']			= '';

// Vault configuration. Used if database credentials are stored in Vault secrets manager.
$DB['VAULT']			= '';
$DB['VAULT_URL']		= '';
$DB['VAULT_DB_PATH']	= '';
$DB['VAULT_TOKEN']		= '';

$ZBX_SERVER_NAME		= 'Zabbix AMS';

$IMAGE_FORMAT_DEFAULT	= IMAGE_FORMAT_PNG;

// API tokens used by the reporting cron (zabbix-report.php)
$REPORT_API_TOKEN = '0d28ffc56ebf76a54af9a7f73725fbc5274f41e021eb3a0ead70da7c529127c5';
$REPORT_API_TOKEN_ID = 82;
$LDAP_BIND_PASSWORD = 'm;3EjME[M>5M1x{lUwOd2OBRPZP';
