<?php
return [
    'BE' => [
        'debug' => false,
        'installToolPassword' => '$argon2id$v=19$m=65536,t=3,p=4$TFVRznY+5k1pvRFL8GH5SQ$rJxR9oaPqVHIuzgFdDtqO5NPUzvGLMhy1S9ibCnuC5s',
        'passwordHashing' => ['className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2iPasswordHash'],
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'dbname' => 'typo3',
                'host' => 'db',
                'password' => 'violet.cobalt.canyon.juniper',
                'port' => 3306,
                'user' => 'typo3',
            ],
        ],
    ],
    'SYS' => [
        'encryptionKey' => '7122a2fa2116bfe30fbe9c2c6986dbcad1cc93d3cad66de1dccded3e53dcbb36baab98a798b144dc000d707842f29a6b',
        'sitename' => 'Stadtwerke Lenz',
    ],
];
// $GLOBALS['TYPO3_CONF_VARS']['EXTENSIONS']['solr']['apiKey'] = '27Byu7flkT81nSrqbZrv1iyUeJADhaXw';
