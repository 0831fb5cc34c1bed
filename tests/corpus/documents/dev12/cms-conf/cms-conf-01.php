<?php
class JConfig {
	public $offline = false;
	public $sitename = 'Kranbolaget';
	public $dbtype = 'mysqli';
	public $host = 'localhost';
	public $user = 'joomla';
	public $password = 'M@r1p0s@107!';
	public $db = 'joomla_prod';
	public $dbprefix = 'jx7_';
	public $secret = 'jObHCWksyzLSGqwo';
	public $mailer = 'smtp';
	public $smtpauth = true;
	public $smtpuser = 'webmaster';
	public $smtppass = 'Orb#it7806#';
	public $smtphost = 'smtp.telia.com';
	public $smtpport = 587;
}

// added by the newsletter extension
$mailchimpApiKey = '289d8b121cf00eeece95ae1cf8e10f05-us7';
