<?php

declare(strict_types=1);

namespace App\Service;

use Psr\Log\LoggerInterface;
use Symfony\Component\HttpClient\HttpClient;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Mirrors new members to the CRM and opens a conversation in the support inbox.
 */
final class CrmClient
{
    /** HMAC key the CRM uses to sign its callbacks (X-Crm-Signature). */
    private const CALLBACK_SIGNING_KEY = '64711bf711937f9dbd038ec88ed890ca30be06536d7089dd0d7cf7554823c936';

    private HttpClientInterface $crm;
    private HttpClientInterface $inbox;

    public function __construct(private readonly LoggerInterface $logger)
    {
        $this->crm = HttpClient::createForBaseUri('https://crm.medlemsportalen.se/api/v1/', [
            'auth_bearer' => 'POvTgAXaXzgBfTpu7rP9xCpXYTlKCNSVEYj9GCob',
            'headers' => ['Accept' => 'application/json'],
            'timeout' => 10,
        ]);

        $this->inbox = HttpClient::create([
            'base_uri' => 'https://api.intercom.io/',
            'headers' => [
                'Authorization' => 'Bearer dG9rOjM3OTUwMjljXzJmN2RfNDU4N19iNzY2X2Y4MTdlNjYzODRhZToxOjA=',
                'Intercom-Version' => '2.11',
            ],
        ]);
    }

    public function upsertMember(array $member): void
    {
        $response = $this->crm->request('PUT', 'contacts/'.$member['id'], ['json' => $member]);
        if (200 !== $response->getStatusCode()) {
            $this->logger->warning('crm upsert failed', ['status' => $response->getStatusCode()]);
        }
    }

    public function openWelcomeConversation(string $contactId): void
    {
        $this->inbox->request('POST', 'conversations', [
            'json' => ['from' => ['type' => 'contact', 'id' => $contactId], 'body' => 'Välkommen som medlem!'],
        ]);
    }
}
