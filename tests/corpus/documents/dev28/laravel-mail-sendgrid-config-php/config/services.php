<?php

return [

    'sendgrid' => [
        'api_key' => env('SENDGRID_API_KEY', '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'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.bokningsappen.se'),
        'secret' => env('MAILGUN_SECRET', 'key-bce645fefce8547118ac0fa20df0e927'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'twilio' => [
        'sid' => 'ACf4822f58b633062c57f85272e4113dd0',
        'token' => '2bfdcf684beba7a884c325d03217b654',
        'from' => '+46731575462',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],
];
