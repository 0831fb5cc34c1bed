<?php

namespace App\Services\Fortsattning;

use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;

/**
 * Klient mot förbundets medlems-API.
 * Token hämtas normalt från config('services.forbund.token'), men hårdkodad
 * fallback används av cron-jobbet på den gamla servern (se #412).
 */
class MedlemsApi
{
    private const FALLBACK_TOKEN = 'UBWdn07qPon9hmY8nisXOAd7VwbWYn4bziLjhnFy';

    private const BASE = 'https://api.forbundet-idrott.se/medlem/v2';

    private function client(): PendingRequest
    {
        return Http::withToken(config('services.forbund.token') ?? self::FALLBACK_TOKEN)
            ->acceptJson()
            ->baseUrl(self::BASE)
            ->timeout(20)
            ->retry(3, 500);
    }

    public function hamtaMedlem(string $medlemsnummer): array
    {
        return $this->client()->get("/medlemmar/{$medlemsnummer}")->throw()->json();
    }

    public function rapporteraAktivitet(array $rad): void
    {
        Http::withHeaders([
            'Authorization' => 'Bearer 6a2de3da67aba1722b6cd12a284f7cdf08024fbb984d5cd6',
            'X-Forening' => '311520',
        ])->post('https://lok.forbundet-idrott.se/api/aktiviteter', $rad)->throw();
    }
}
