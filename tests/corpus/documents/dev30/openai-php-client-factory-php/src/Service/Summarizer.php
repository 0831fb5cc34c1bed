<?php

declare(strict_types=1);

namespace App\Service;

use OpenAI;

final class Summarizer
{
    private \OpenAI\Client $client;

    public function __construct()
    {
        $this->client = OpenAI::factory()
            ->withApiKey('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')
            ->withOrganization('org-TFNolwyEkCrqYHvZyQXPvzRA')
            ->withHttpHeader('OpenAI-Beta', 'assistants=v2')
            ->make();
    }

    public function summarize(string $text): string
    {
        $r = $this->client->chat()->create([
            'model' => 'gpt-4o-mini',
            'messages' => [['role' => 'user', 'content' => "Sammanfatta:\n" . $text]],
        ]);
        return $r->choices[0]->message->content;
    }
}
