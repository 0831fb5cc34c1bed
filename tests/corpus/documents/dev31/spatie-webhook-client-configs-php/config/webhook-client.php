<?php

return [
    'configs' => [
        [
            /*
             * This package supports multiple webhook receiving endpoints. If you only have
             * one endpoint receiving webhooks, you can use 'default'.
             */
            'name' => 'kassasystem',

            /*
             * We expect that every webhook call will be signed using a secret. This secret
             * is used to verify that the payload has not been tampered with.
             */
            'signing_secret' => env('WEBHOOK_KASSA_SECRET', 'O7iyrq0BnnTRLLX68j7DCA9MONFBsLOnhs38g0aw'),

            /*
             * The name of the header containing the signature.
             */
            'signature_header_name' => 'Signature',

            'signature_validator' => \Spatie\WebhookClient\SignatureValidator\DefaultSignatureValidator::class,
            'webhook_profile' => \Spatie\WebhookClient\WebhookProfile\ProcessEverythingWebhookProfile::class,
            'webhook_response' => \Spatie\WebhookClient\WebhookResponse\DefaultRespondsTo::class,
            'webhook_model' => \Spatie\WebhookClient\Models\WebhookCall::class,
            'store_headers' => [],
            'process_webhook_job' => \App\Jobs\Webhooks\ProcessKassaWebhook::class,
        ],
        [
            'name' => 'fortnox',
            'signing_secret' => env('WEBHOOK_FORTNOX_SECRET', 'cc57a144f7faba6d175ac4e66ef81a61a5b68931205f58a77e5bc7c8e6596bfb'),
            'signature_header_name' => 'X-Fortnox-Signature',
            'signature_validator' => \App\Webhooks\HexHmacValidator::class,
            'webhook_profile' => \Spatie\WebhookClient\WebhookProfile\ProcessEverythingWebhookProfile::class,
            'webhook_response' => \Spatie\WebhookClient\WebhookResponse\DefaultRespondsTo::class,
            'webhook_model' => \Spatie\WebhookClient\Models\WebhookCall::class,
            'store_headers' => ['X-Fortnox-Event'],
            'process_webhook_job' => \App\Jobs\Webhooks\ProcessFortnoxWebhook::class,
        ],
        [
            'name' => 'bokningsmotor',
            'signing_secret' => 's36hLs7PZI7hbXu-y3Io2UifWA33B3iP',
            'signature_header_name' => 'X-Signature',
            'signature_validator' => \Spatie\WebhookClient\SignatureValidator\DefaultSignatureValidator::class,
            'webhook_profile' => \Spatie\WebhookClient\WebhookProfile\ProcessEverythingWebhookProfile::class,
            'webhook_response' => \Spatie\WebhookClient\WebhookResponse\DefaultRespondsTo::class,
            'webhook_model' => \Spatie\WebhookClient\Models\WebhookCall::class,
            'store_headers' => [],
            'process_webhook_job' => \App\Jobs\Webhooks\ProcessBookingWebhook::class,
        ],
    ],

    /*
     * The integer amount of days after which models should be deleted.
     */
    'delete_after_days' => 30,

    'add_unique_token_to_route_name' => false,
];
