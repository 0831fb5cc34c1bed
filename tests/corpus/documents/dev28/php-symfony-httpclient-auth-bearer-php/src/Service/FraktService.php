<?php

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

class FraktService
{
    private const TOKEN = '7SIeUAdAazgsSeXPdT7baEi5kzfuhrhLE5C54ufUmtV2ZpD0UjbZV_QCkwjhZlof';

    public function __construct(private HttpClientInterface $client) {}

    public function bokaHamtning(array $paket): array
    {
        $response = $this->client->request('POST', 'https://api.fraktportalen.se/v1/hamtningar', [
            'auth_bearer' => self::TOKEN,
            'json' => $paket,
            'headers' => ['Idempotency-Key' => 'b5bee796-bb09-4fac-9986-35301d6de67f'],
        ]);

        return $response->toArray();
    }
}
