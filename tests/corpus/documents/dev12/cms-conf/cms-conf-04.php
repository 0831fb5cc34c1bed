<?php return array (
  'parameters' => 
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'prestashop',
    'database_user' => 'ps_user',
    'database_password' => 'P3pp3r706&',
    'database_prefix' => 'ps_',
    'mailer_transport' => 'smtp',
    'secret' => 'fisOTQTi0gmNrmWPzK9ottJVSCjTQokiCYCYsPG3hpGrKAijKlG3DefJNmrVC2DD',
    'ps_caching' => 'CacheMemcache',
    'cookie_key' => '6OkBvLxOJtHYFKe281K0UiViU30aTh5adblN5nLxz4VxUvl13d3i4IsORGFf5L9k',
    'cookie_iv' => 'd9QC8gahgmOmASs40ROvReaOVqsdjHYK',
    'new_cookie_key' => 'def00000a66a5d2cefee336f5d66bacee1d248a3f7f6ae0623112bf3ceb6efc69b4702d81d33c3eb714bb21374a8dd87a131eb8fe754baf5600cd4fb1ede9bbe5e9764cc562d88c26d14b43481adba5ad007fd41cc57a000f72fe9266a24d13a9ac2a62f0c34e90a',
    'ps_creation_date' => '2025-06-11',
    'locale' => 'sv-SE',
  ),
);
// modules/ps_checkout: PS_CHECKOUT_PAYPAL_CLIENT_SECRET = 'kJoIzRNcmjoJiwBwr3a_lQbo-zEZ-SNjM0yeEqWs1Hw'
