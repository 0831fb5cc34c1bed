<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'fortnox' => [
        'client_id' => 'f4ea8059-4f94-407b-a9db-0515ebc0850b',
        'client_secret' => 'Iq2SELDfn13C9a8jyx4WqVb6',
        'access_token' => 'eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJzdWIiOiI0NmY5MDgzZS02NTYxLTRhZDgtOWU4Zi00OTAwZTUzY2EyNzAiLCJhdWQiOiJhY2NvdW50IiwiaWF0IjoxNzM5NDA1NTM2LCJleHAiOjE3Mzk0OTE5MzYsInNjb3BlIjoib3JkZXJzOnJlYWQgb3JkZXJzOndyaXRlIn0._o6C6KXOF3SxvU1bgMXDL9N_edn1vIiZR487H5KXQGSeRQJ38rhOBCgIWDmb10F_ytNMWfr8CAtaG8GTN5X-eg',
    ],
    'postnord' => [
        'apikey' => '85fc058f94d460e4b51000b1831977a2',
    ],
    'sms' => [
        'username' => 'nordkraft',
        'password' => 'tornado-eisbaer-bacalhau29',
        'sender' => '+46 79 306 32 90',
    ],
];
