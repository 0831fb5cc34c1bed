<?php // Roundcube config.inc.php
$config['db_dsnw'] = 'mysql://roundcube:Tigreviolet533!@localhost/roundcube';
$config['des_key'] = 'ZHrwudoAtQLs7Si0pTmp7G2Z';

<?php  // Moodle config.php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dbhost    = 'ora-fin01.granitbank.lan';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = 'AaEZHY^A2Rho^mqc^A2-';
$CFG->passwordsaltmain = '4bXVazhf9tgUQIvhY6QPeeTmPGaREgZU';

<?php // MediaWiki LocalSettings.php
$wgDBtype = "mysql";
$wgDBserver = "db01.prod.internal";
$wgDBuser = "wiki";
$wgDBpassword = "Gatofuchs4397_";
$wgSecretKey = "e0c69e5d2e2ec4270de201ef7caf680ec26d4fd8ad9947e5a3af36cd5e2382ae";
$wgMinimalPasswordLength = 10;
