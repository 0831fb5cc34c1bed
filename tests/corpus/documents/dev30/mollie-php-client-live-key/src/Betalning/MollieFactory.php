<?php

namespace Betalning;

use Mollie\Api\MollieApiClient;

final class MollieFactory
{
    public const WEBHOOK_HMAC = '4fbac98d324db0ebe2ba9dd9d9284e40cacc002115213a34e67118ef5929420c';

    public static function create(): MollieApiClient
    {
        $mollie = new MollieApiClient();
        $mollie->setApiKey('live_0mnkSH8vRMgwNK2j2E7y7fQylIiXrT');
        return $mollie;
    }
}
