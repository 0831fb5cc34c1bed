<?php

return [
    'discord' => [
        'application_id' => '155499833436176505',
        'public_key' => '1ad9fb41cf4d8d93c4811ed21cd1fc8028854b53afbcaff02b22e1634189d321',
        'bot_token' => 'MzA1MDUyMjU0NTM5MjU2ODMx.npEmhJ.zfziFX9TpvelQTJCuQ0hXlIud0LV9--Tvi_RDr',
    ],
    'jenkins' => [
        'user' => 'ci-bot',
        'api_token' => '<set-in-vault>',
    ],
    'keycloak' => [
        'realm' => 'staff',
        'client_id' => 'backoffice',
        'client_secret' => 'D4U1xnhlMtHmtdaO6sFrXsjIA93VFQBl',
    ],
    'razorpay' => [
        'key_id' => 'rzp_live_DOhEo8Le196cqW',
        'key_secret' => 'uwOwZ1STZKhkRnasZFmc1biZ',
    ],
    'sentry' => [
        'dsn' => 'https://55fae5d89a18a63c1caeadf4946bd75c@o2699498.ingest.de.sentry.io/3523597',
        'auth_token' => 'sntrys_eyJpYXQiOjE39yrcLQ3E3JmmvQzUcRQ7Y0ZGzLN72ZKJvY5jQyq8vpU6GfwWxNGnntSzHA06hS6t30m193n-ctJEOmLR_dt3Za3cKRA6WD4rNuJXXYNYkzyT1OqaTTaVKBfEz-AH',
    ],
    'telemetry' => [
        'installation_id' => '903fd482-419c-4e18-98d8-0412eec34b09',
    ],
];
