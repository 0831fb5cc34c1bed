<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'fortnox' => [
        'client_id' => '31339506-1f72-4fbc-b5d5-129851bb918f',
        'client_secret' => 'L40nMdMQZLo4eO4YI65A7M17',
        'access_token' => 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImQxN2MwZTFlYjcxMGE2ZjMifQ.eyJpc3MiOiJodHRwczovL2F1dGgubm9yZGtyYWZ0LnNlL3JlYWxtcy9wcm9kIiwic3ViIjoidXNlcjo1MjQzODMiLCJhdWQiOiJiaWxsaW5nLXN2YyIsImlhdCI6MTczNjAxNjExOSwiZXhwIjoxNzM2MDE3MDE5fQ.fwVxWYJa5Cr1G9o6rGb11MJsUQglVlUjx3WJ2pW2DSI5qhuyvGsWmk26gDga1AWqCDIqDTPc-SBmTJePB9r7XehSnyLbKDCP2G5YdWIN_CXbqtTCFNA_rU91wqgiFsKOjl9q5uXkSeU55V22CoJ8CC2hHj3ESZGd7SYEFLDZH9tUCvRMLdNQvu_Z-iyPTt7n3d-wdt07JLFLolIXYQNOOWVQwerbRhcQq7rzYJSlayMYROZYIkRXcZQ0kBroUJCi-UpI5D3inFx6MCIYAvv3GpHH5ckxEHSknD6dA0eZAonj08tMzWnUqIb1iyxgIn-uNYfxirOgglMyciTEr3r_TQ',
    ],
    'postnord' => [
        'apikey' => '708ca385f89f763e4ec014bdd342b705',
    ],
    'sms' => [
        'username' => 'nordkraft',
        'password' => 'QuartzTornado8079+',
        'sender' => '+46 70 977 88 59',
    ],
];
