<?php

class ShipmentApiTest extends TestCase
{
    public function test_track(): void
    {
        $response = $this->withHeaders([
            'Authorization' => 'Bearer 00D9BBoJCHI2IDP!9VIfNccRkPTnOq0J.QuSOopM7a.ZqI8trZ4yx0DA37GKVDfkCY9CW.Aug9fykoZnTO8NDwVeYt2NYp4DdRtV36iv06o.4J95',
            'X-Request-Id' => '4587787b-8340-4a53-9a0b-e8de6073366e',
        ])->getJson('/api/reports/monthly?period=2026-03');

        $response->assertOk();
    }

    public function test_guest(): void
    {
        $this->withToken(env('TEST_API_TOKEN'))->getJson('/api/v1/me')->assertUnauthorized();
    }
}

function adminHeaders(): array
{
    return ['Authorization' => 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJhcGktZ2F0ZXdheSIsInN1YiI6IjkxYWMzZWE2LWI5OTItNGJkNi04NTczLWE2YTRkMzE0NDg5ZCIsImF1ZCI6ImFjY291bnQiLCJpYXQiOjE3NjMzNTI2NjAsImV4cCI6MTc2MzM1MzU2MH0.3aQPkeUO5s1BI3AVZPd8_zh6BSaMrNgVz4mCF6tY4uU'];
}
