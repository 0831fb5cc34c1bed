<?php

namespace App\Integration;

use GuzzleHttp\Client;

final class KurserClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://kurser.folkhogskolan.lan/api/',
            'timeout'  => 10,
            'headers'  => [
                'Authorization' => 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0NzQzNzEiLCJpYXQiOjE3Njg0Mjk1MDYsImV4cCI6MTc2ODUxNTkwNiwic2NvcGUiOiJrdXJzZXIucmVhZCBrdXJzZXIud3JpdGUiLCJqdGkiOiI3M2FjZTBkNy0yMmMzLTRjY2MtYjNiZS1jMTU4NDUyYmY0MjcifQ.3toyg_fd3LEIm-NkIW4nrYCKFIZZQAQ2zQWLoGG0hGo',
                'Accept'        => 'application/json',
            ],
        ]);
    }

    public function deltagare(int $kursId): array
    {
        $res = $this->http->get("kurser/{$kursId}/deltagare");
        return json_decode((string) $res->getBody(), true);
    }
}
