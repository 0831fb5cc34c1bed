<?php
// common/config/main-local.php
return [
    'components' => [
        'db' => [
            'class' => \yii\db\Connection::class,
            'dsn' => 'mysql:host=mysql-crm.panaderia-sol.es;dbname=crm',
            'username' => 'crm_app',
            'password' => 'eR_C-%xf46DkbLZwa',
            'charset' => 'utf8mb4',
        ],
        'mailer' => [
            'class' => \yii\symfonymailer\Mailer::class,
            'viewPath' => '@common/mail',
            'transport' => [
                'scheme' => 'smtps',
                'host' => 'smtp.panaderia-sol.es',
                'username' => 'pedidos@panaderia-sol.es',
                'password' => 'Skogquartz8677?',
                'port' => 465,
            ],
        ],
        'reCaptcha' => [
            'class' => 'himiklab\yii2\recaptcha\ReCaptchaConfig',
            'siteKeyV3' => '6LIIjWPytaUhSCUcH9GI6q7kneOoOdUlWp9Y3a3r',
            'secretV3' => '6LzSJ9Pn1t3b3tKcKMa9Wraaro7XmtgAJ5aoy1QH',
        ],
        'request' => [
            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation
            'cookieValidationKey' => '5VdrXQhgCk-Fq6D3nF3PNLrKReuBiQQ0',
        ],
    ],
];
