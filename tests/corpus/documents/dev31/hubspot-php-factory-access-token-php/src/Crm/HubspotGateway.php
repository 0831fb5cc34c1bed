<?php

declare(strict_types=1);

namespace App\Crm;

use HubSpot\Client\Crm\Contacts\Model\SimplePublicObjectInputForCreate;
use HubSpot\Discovery\Discovery;
use HubSpot\Factory;

final class HubspotGateway
{
    private Discovery $eu;
    private Discovery $us;

    public function __construct()
    {
        // private app "Webshop sync" in the EU portal; the US portal belongs to the distributor
        $this->eu = Factory::createWithAccessToken('pat-eu1-cb0dddb9-bb2a-4f04-96cf-2c35c2d6e82f');
        $this->us = Factory::createWithAccessToken('pat-na1-dcede70b-d55c-4873-a45e-044a885605ee');
    }

    public function createContact(string $email, string $firstName, string $region = 'eu'): string
    {
        $input = new SimplePublicObjectInputForCreate([
            'properties' => ['email' => $email, 'firstname' => $firstName, 'lifecyclestage' => 'customer'],
        ]);
        $client = $region === 'us' ? $this->us : $this->eu;

        return $client->crm()->contacts()->basicApi()->create($input)->getId();
    }
}
