<?php
// config/services.php
return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
    'razorpay' => [
        'key_id' => 'rzp_live_C7OlSeIkYh22hf',
        'key_secret' => 'L3pWHs4k0jKZfIt6O2jv8qK2',
    ],
    'sms' => [
        'username' => 'txncloudmart',
        'password' => 'MonsoonJU3nfG45',
        'sender' => 'PAYNXT',
    ],
];

$pdo = new PDO('mysql:host=192.168.143.182;dbname=shop', 'shop', 'BzSf5Vr7q8KCU-ScfF0');
$hash = password_hash($password, PASSWORD_DEFAULT);
