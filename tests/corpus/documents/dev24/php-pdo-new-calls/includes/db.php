<?php
// Shared DB include for the booking pages (legacy, PHP 7.4)
$dsn = 'mysql:host=db.campingplatsen.internal;dbname=bokning;charset=utf8mb4';
try {
    $pdo = new PDO($dsn, 'bokning_web', '0?*sJU0qBCOfzdc', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
} catch (PDOException $e) {
    error_log($e->getMessage());
    exit('Databasfel');
}

// Reports (read only)
$rep = new PDO('pgsql:host=pg-rapport.campingplatsen.internal;dbname=rapport', 'rapport_ro', '7iyi1MOSFelipAT7');

// $pdo = new PDO($dsn, $user, $password);  -- example from php.net
