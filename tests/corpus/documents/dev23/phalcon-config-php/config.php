<?php
/*
 * app/config/config.php — Phalcon 5, ticket shop
 */
use Phalcon\Config\Config;

defined('BASE_PATH') || define('BASE_PATH', getenv('BASE_PATH') ?: realpath(dirname(__FILE__) . '/../..'));
defined('APP_PATH') || define('APP_PATH', BASE_PATH . '/app');

return new Config([
    'database' => [
        'adapter'  => 'Mysql',
        'host'     => 'db.biljettkassan.lan',
        'username' => 'biljett',
        'password' => '8zjfFwYRx+s1HJj5#P',
        'dbname'   => 'biljettkassan',
        'charset'  => 'utf8mb4',
    ],
    'application' => [
        'appDir'         => APP_PATH . '/',
        'controllersDir' => APP_PATH . '/controllers/',
        'modelsDir'      => APP_PATH . '/models/',
        'viewsDir'       => APP_PATH . '/views/',
        'cacheDir'       => BASE_PATH . '/cache/',
        'baseUri'        => '/',
        'cryptKey'       => 'TvifcvPNEruVflDTAMJxE4VwBAUL0HRf',
    ],
    'swish' => [
        'merchant'    => '1231181189',
        'callbackUrl' => 'https://biljettkassan.se/swish/callback',
        'certPath'    => '/etc/biljettkassan/swish.p12',
    ],
]);
