<?php
return [
    'BE' => [
        'debug' => false,
        'installToolPassword' => '$argon2i$v=19$m=65536,t=16,p=1$MnSoYrWl1p75ksvf0441UQ$J4Hgf3/tTMkDANSU4ZPKKSRTBFf/SoJJSeBvfYBuSRA',
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2iPasswordHash',
            'options' => [],
        ],
    ],
    'DB' => [
        'Connections' => [
            'Default' => [
                'charset' => 'utf8mb4',
                'dbname' => 'typo3_hembygd',
                'driver' => 'mysqli',
                'host' => 'mariadb.internal',
                'password' => 'fy18r9fJz2JhvzTB6cBhYK',
                'port' => 3306,
                'tableoptions' => [
                    'charset' => 'utf8mb4',
                    'collate' => 'utf8mb4_unicode_ci',
                ],
                'user' => 'typo3_hembygd',
            ],
        ],
    ],
    'EXTENSIONS' => [
        'backend' => [
            'backendFavicon' => '',
            'backendLogo' => '',
            'loginBackgroundImage' => '',
            'loginFootnote' => '',
            'loginHighlightColor' => '',
            'loginLogo' => '',
            'loginLogoAlt' => '',
        ],
        'extensionmanager' => [
            'automaticInstallation' => '1',
            'offlineMode' => '0',
        ],
    ],
    'FE' => [
        'debug' => false,
        'passwordHashing' => [
            'className' => 'TYPO3\\CMS\\Core\\Crypto\\PasswordHashing\\Argon2iPasswordHash',
            'options' => [],
        ],
    ],
    'GFX' => [
        'processor' => 'ImageMagick',
        'processor_effects' => true,
        'processor_enabled' => true,
        'processor_path' => '/usr/bin/',
    ],
    'MAIL' => [
        'transport' => 'smtp',
        'transport_sendmail_command' => '',
        'transport_smtp_encrypt' => true,
        'transport_smtp_password' => 'FIyF1h==^r!ja=XxVF',
        'transport_smtp_server' => 'mailout.hembygdsforbundet.se:465',
        'transport_smtp_username' => 'webb',
        'defaultMailFromAddress' => 'no-reply@hembygdsforbundet.se',
        'defaultMailFromName' => 'Hembygdsförbundet',
    ],
    'SYS' => [
        'UTF8filesystem' => true,
        'devIPmask' => '',
        'displayErrors' => 0,
        'encryptionKey' => '860ddbc8eae4e317dc57ce35efc7d73fe61631cb9e5f850aeba31fc6ebcf811469b1a0813772ef13879a307ae5704d44',
        'exceptionalErrors' => 4096,
        'features' => [
            'frontend.cache.autoTagging' => true,
        ],
        'sitename' => 'Hembygdsförbundet',
        'systemMaintainers' => [1, 3],
        'trustedHostsPattern' => '(www\\.)?hembygdsforbundet\\.se',
    ],
];
