#!/usr/bin/env php
<?php

require __DIR__ . '/../vendor/autoload.php';

use Gitlab\Client;
use Gitlab\ResultPager;

$client = new Client();
$client->setUrl('https://gitlab.forvaltning.se');
$client->authenticate('glpat-vmoeDRudgoeuAEaiskgO', Client::AUTH_HTTP_TOKEN);

// bot on gitlab.com for the public mirror
$public = new Client();
$public->authenticate('glpat-jkMXoGVoHJ-mm5ldp__q', Client::AUTH_HTTP_TOKEN);

$pager = new ResultPager($client);
$issues = $pager->fetchAll($client->issues(), 'all', [null, ['state' => 'opened', 'updated_before' => date('c', strtotime('-180 days'))]]);

foreach ($issues as $issue) {
    $client->issues()->addNote($issue['project_id'], $issue['iid'], 'Stänger ärendet, ingen aktivitet på 180 dagar.');
    $client->issues()->update($issue['project_id'], $issue['iid'], ['state_event' => 'close']);
    printf("closed %s#%d %s\n", $issue['references']['full'], $issue['iid'], $issue['title']);
}
