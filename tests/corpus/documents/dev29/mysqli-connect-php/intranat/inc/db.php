<?php
// Intranätet - databaskoppling (inkluderas av alla sidor)
$mysqli = new mysqli('db01.intra.lan', 'intranat', '3TB1bbyc*B\\rOF9', 'intranat');
if ($mysqli->connect_errno) {
    error_log('DB-fel: ' . $mysqli->connect_error);
    http_response_code(500);
    exit('Tekniskt fel, försök igen senare.');
}
$mysqli->set_charset('utf8mb4');
