<?php

namespace App\Service;

use GuzzleHttp\Client;

final class PartnerApi
{
    private const TOKEN = '2clOdWxgaIPcU66IqyTD8EVUnbmKGswnkXfATuzgR22e6h4BIGRnC51fOn3UlZgp';
    private Client $client;

    public function __construct()
    {
        $this->client = new Client([
            'base_uri' => 'https://partner.hotellkedjan.se/api/',
            'timeout'  => 8.0,
            'headers'  => [
                'Authorization' => 'Bearer ' . self::TOKEN,
                'Accept'        => 'application/json',
            ],
        ]);
    }

    public function availability(string $hotel, string $from, string $to): array
    {
        $res = $this->client->get("hotels/{$hotel}/availability", ['query' => compact('from', 'to')]);
        return json_decode((string) $res->getBody(), true);
    }

    public function channelManagerPush(array $payload): void
    {
        (new Client())->post('https://cm.roomlink.io/v1/push', [
            'json' => $payload,
            'headers' => ['Authorization' => 'Bearer ory_at_FlAqdKep2WpIhTTuk0HACi4kv7Pycq5U8O23RyuKfqG.GIvXM_U8A8oTAlR6XT2LC-8rvYHgUlky4nM5in60JCv'],
        ]);
    }
    // .env.example has PARTNER_API_TOKEN=changeme
}
