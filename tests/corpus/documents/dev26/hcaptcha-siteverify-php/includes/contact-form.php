<?php
const HCAPTCHA_SITEKEY = '086fe62b-d25e-4666-8aeb-cff6e4c7cb52';
const HCAPTCHA_SECRET = '0x7279D044E70B2AEFFF97B9B1880A60C8EC588275';

function verify_captcha(string $response): bool {
    $ch = curl_init('https://api.hcaptcha.com/siteverify');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_POSTFIELDS => http_build_query([
            'secret' => HCAPTCHA_SECRET,
            'response' => $response,
            'sitekey' => HCAPTCHA_SITEKEY,
        ]),
    ]);
    $out = json_decode(curl_exec($ch), true);
    return !empty($out['success']);
}
