<?php
return [
    'paddle' => [
        'seller_id' => 336951,
        'api_key' => 'pdl_live_apikey_a49jdha3y9nsa4g1sqsadq4r5c_Y4jBvRDGk5v2O15kojfK0P_7OF',
        'environment' => 'production',
    ],
    'lob' => ['api_key' => 'live_64b029ad143bbcb0b243e7e673d215c2'],
    'easypost' => ['api_key' => env('EASYPOST_API_KEY')],
];
