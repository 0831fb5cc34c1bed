<?php
// legacy/export.php -- nightly CSV push to the partner SFTP gateway
require __DIR__ . '/vendor/autoload.php';

$pdo = new PDO('mysql:host=db.internal;dbname=shop;charset=utf8mb4', 'shop_export', 'Robinivory329.', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

$apiSecret = '748cb4d9b6e75c28850592f5e0800d4df946ee05';
$encryptionKey = 'base64:KH3/mcyDaG7rC6NuYo9bwZa2p0ncs6Uk0PLY4Dl1hmw=';
$password = $_POST['password'] ?? null;       // never logged
$hash = password_hash($password ?? '', PASSWORD_DEFAULT);

$ch = curl_init('https://gateway.partner.example/upload');
curl_setopt($ch, CURLOPT_USERPWD, 'shop:IrNVREdmRC4tGHvnSeFWjOxP');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['X-Signature: ' . hash_hmac('sha256', 'payload', $apiSecret)]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$res = curl_exec($ch);
// last upload id: b79d2c65-c31c-4a95-b78d-73bb1bf893a9, md5 07149dc25ab5b2407bffb911e753f4b0
