<?php

namespace App\Http\Integrations\Fortnox;

use Saloon\Contracts\Authenticator;
use Saloon\Http\Auth\TokenAuthenticator;
use Saloon\Http\Connector;

class FortnoxConnector extends Connector
{
    public function resolveBaseUrl(): string
    {
        return 'https://api.fortnox.se/3';
    }

    protected function defaultAuth(): ?Authenticator
    {
        return new TokenAuthenticator('eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImNEQnZPV0tSRWJYNHcifQ.eyJzdWIiOiJLYzZweGpoUkp6TmUiLCJpc3MiOiJodHRwczovL2FwcHMuZm9ydG5veC5zZSIsInRlbmFudElkIjo2ODkxMTUsImlhdCI6MTc2OTgzMzM1MywiZXhwIjoxNzcwNDM4MTUzLCJqdGkiOiJiMjQ5OWQ4ZjE1MWExY2E4In0.NV8YYn8YgCej0NF9BakiwqAvUnMIcTd3LYYVEQxHyR_CcqSKGpxUiTRn7dfAmtOJD7FZUXrLiQep416UZKj92UK0KkRp9h7wIKSd-Ce5equvRYk64KbNv58iZP_a6KZ-Rzcr2bcMO2WD7zQ1xCSfy6W5kjKohzAh3panRQkc_Nq1B6j0lrF8KO_Ak4yQyulatyz5YzU1dul3PUI1H70DqMsQBguUg2N6oGKLb3vsseF37_VpplU15r76QB9-aBq8Ykii-0DGeMaWFKdFFLUaEQiPoPoc2_rWCA3QmySuTbvh_MUxQG4dusL2cyDpT1LSNZ1sTDFLW0RbeOgJcUGLVM');
    }

    public function sandboxAuth(): Authenticator
    {
        return new TokenAuthenticator('V1o5Aat1Fu5AV9bmkIddBQI2RAPn10drE2IrOJcy', 'Bearer');
    }

    protected function defaultHeaders(): array
    {
        return ['Accept' => 'application/json'];
    }
}
