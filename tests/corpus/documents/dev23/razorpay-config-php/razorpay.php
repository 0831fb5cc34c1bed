<?php
// config/razorpay.php — India storefront (Laravel)

return [
    'key_id'         => env('RAZORPAY_KEY_ID', 'rzp_live_AFs3hRbAs8PKK7'),
    'key_secret'     => env('RAZORPAY_KEY_SECRET', 'Ahbn2x2SvJ6D2MAeidM5tXgN'),
    'webhook_secret' => env('RAZORPAY_WEBHOOK_SECRET', 'QZdxCP6l1GMYdtft9H9POMG5yl0V1rcS'),
    'currency'       => 'INR',
    'capture'        => 'automatic',
    'checkout'       => [
        'name'  => 'Nordic Knits India',
        'image' => 'https://in.nordicknits.example/logo.png',
        'theme' => ['color' => '#1c3f5e'],
    ],
];
