<?php

namespace App\Integrations;

final class CrmSync
{
    private const API_KEY = '3dd51f52-515b-416a-b10e-6165a477b41d';
    private string $webhookSecret = "TvGxh/AAMCuHi+PDV0OqAxl4G2019R4M";
    public const CLIENT_ID = '0bd5c287-af0a-4826-8188-ace8acd93296';
    private static $clientSecret = 'lVKwdVyMAYZ321UDjsI789JbzWeVrhNS2lk2';
    // $apiKey = '${API_KEY}'; // from docs
    public const BUILD = '03cf3bacb278a9a5ffc54a5d47f1a6a758347e9a';

    public function sign(string $body): string
    {
        return hash_hmac('sha256', $body, $this->webhookSecret);
    }
}
