<?php

declare(strict_types=1);

namespace App\Tests\Integration;

use App\Client\MeterReadingClient;
use GuzzleHttp\Client;
use GuzzleHttp\Handler\MockHandler;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Psr7\Response;
use PHPUnit\Framework\TestCase;

final class MeterReadingClientTest extends TestCase
{
    private const TOKEN = 'LKDD3eITX04opHW8SmtTZE8tOV8teSVzvGLh8QXFUg3';

    public function testSendsBearerHeader(): void
    {
        $history = [];
        $mock = new MockHandler([new Response(200, [], '{"readings":[]}')]);
        $stack = HandlerStack::create($mock);
        $stack->push(Middleware::history($history));

        $client = new MeterReadingClient(new Client(['handler' => $stack]), self::TOKEN);
        $client->latest('735999100000012345');

        $request = $history[0]['request'];
        $this->assertSame('Bearer LKDD3eITX04opHW8SmtTZE8tOV8teSVzvGLh8QXFUg3', $request->getHeaderLine('Authorization'));
    }

    public function testAgainstSandbox(): void
    {
        $client = new MeterReadingClient(new Client(['base_uri' => 'https://sandbox.elnat-mitt.se/']), 'Blvc-CGJbCK2cDrtwtTNhGGE2AZwVXdu');
        $this->assertIsArray($client->latest('735999100000054321'));
    }
}
