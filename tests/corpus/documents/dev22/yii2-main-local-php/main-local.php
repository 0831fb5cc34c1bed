<?php

return [
    'components' => [
        'request' => [
            // !!! insert a secret key in the following (if it is empty) - this is required by cookie validation
            'cookieValidationKey' => 'zFruzSWwm8CwRienz_bjL4i5cQT9XZGT',
        ],
        'db' => [
            'class' => \yii\db\Connection::class,
            'dsn' => 'mysql:host=10.5.0.20;dbname=crm_prod',
            'username' => 'crm',
            'password' => 'Q6vaRdXfdXdJHO8%p1zD',
            'charset' => 'utf8mb4',
        ],
        'mailer' => [
            'class' => \yii\symfonymailer\Mailer::class,
            'viewPath' => '@common/mail',
            'transport' => [
                'scheme' => 'smtps',
                'host' => 'smtp.yandex.com',
                'username' => 'crm-robot',
                'password' => 'Mzg+VF0GK@@m55',
                'port' => 465,
            ],
        ],
    ],
];
