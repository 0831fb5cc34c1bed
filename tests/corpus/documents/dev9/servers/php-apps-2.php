<?php // Joomla configuration.php
class JConfig {
	public $dbtype = 'mysqli';
	public $host = 'db01.prod.internal';
	public $user = 'joomla';
	public $password = 'Tundr@sp@rrow91!';
	public $db = 'joomla';
	public $secret = 'xDFqpsA6xc1DU58N';
}

<?php  // Moodle config.php
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dbhost    = 'mysql-shop.internal';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = 'rocket-apfel-pebble-49';
$CFG->passwordsaltmain = 'AZE7IUNSYx9pLIPhqENduSEuSl6bsydw';

<?php // Roundcube config.inc.php
$config['db_dsnw'] = 'mysql://roundcube:St%25U%26.SMH%236TBp-%2B%2BQ2%25@localhost/roundcube';
$config['des_key'] = 'KPT2TzXDmexRC2sErrOOAndm';
