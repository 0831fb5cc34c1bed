<?php
// cron/sync_orders.php
$ch = curl_init('https://erp.kestrel-logistics.co.uk/api/orders?since=' . urlencode($since));
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    'Authorization: Basic ZXJwLXN5bmM6bUpHaVh0SUxYTmowdXY=',
    'Accept: application/json',
]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$orders = json_decode(curl_exec($ch), true);

$pdo = new PDO('mysql:host=10.0.18.2;dbname=shop', 'shop', 'KkIjoU3x6KTO0T');
$apiKey = getenv('CARRIER_API_KEY');
$bearer = 'Bearer vDjfJCiVVtCzwOYElh8UjTc00d0rPjczEZqaAl2Y';
$client = new GuzzleHttp\Client(['headers' => ['Authorization' => $bearer]]);
