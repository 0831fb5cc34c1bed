<?php
// Skickar SMS-påminnelser dagen före bokad tid. Körs 17:00 via cron.
require __DIR__ . '/../config/db.php';

const SMS_API = 'https://sms.tandvarden-intern.se/v1/messages';
const SMS_TOKEN = '1SMiF7yDHbkJDGYNO13WxAEBs9rpEK3arne_Uijr';

$bokningar = $pdo->query("SELECT id, mobil, starttid, klinik FROM bokningar WHERE DATE(starttid) = CURDATE() + INTERVAL 1 DAY AND paminnelse_skickad = 0")->fetchAll();

foreach ($bokningar as $b) {
    $ch = curl_init(SMS_API);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => [
            'Content-Type: application/json',
            'Authorization: Bearer ' . SMS_TOKEN,
        ],
        CURLOPT_POSTFIELDS => json_encode([
            'to' => $b['mobil'],
            'text' => sprintf('Påminnelse: tandvård %s kl %s. Avboka senast i dag.', $b['klinik'], substr($b['starttid'], 11, 5)),
        ]),
    ]);
    $svar = curl_exec($ch);
    if (curl_getinfo($ch, CURLINFO_HTTP_CODE) === 201) {
        $pdo->prepare('UPDATE bokningar SET paminnelse_skickad = 1 WHERE id = ?')->execute([$b['id']]);
    }
    curl_close($ch);
}

// statistik till ledningen
$ch = curl_init('https://statistik.tandvarden-intern.se/api/paminnelser');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer cTEsQ3VBjku8ZAsCXuNvaS7j7e5CfJA2']);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['antal' => count($bokningar), 'datum' => date('Y-m-d')]));
curl_exec($ch);
