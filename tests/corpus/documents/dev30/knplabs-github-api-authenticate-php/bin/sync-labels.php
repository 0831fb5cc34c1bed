<?php
require __DIR__ . '/../vendor/autoload.php';

use Github\AuthMethod;
use Github\Client;

$client = new Client();
$client->authenticate('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', null, AuthMethod::ACCESS_TOKEN);

$labels = json_decode(file_get_contents(__DIR__ . '/labels.json'), true);
foreach (['webshop', 'lager', 'kassa'] as $repo) {
    foreach ($labels as $label) {
        try {
            $client->api('issue')->labels()->create('bokhandeln', $repo, $label);
        } catch (\Github\Exception\ValidationFailedException $e) {
            echo "$repo: {$label['name']} finns redan\n";
        }
    }
}
