<?php
return array (
  'environment' => 'production',
  'salt' => '018ebc858e6bbcecdb1dc3a41bfe9ec8a16c460a',
  'base_url' => 'https://rss.hemma-nas.lan/i/',
  'language' => 'sv',
  'title' => 'FreshRSS',
  'default_user' => 'anna',
  'allow_anonymous' => false,
  'allow_anonymous_refresh' => false,
  'auth_type' => 'form',
  'api_enabled' => true,
  'unsafe_autologin_enabled' => false,
  'db' => array (
    'type' => 'pgsql',
    'host' => 'freshrss-db',
    'user' => 'freshrss',
    'password' => 'wWafD@V@1u7_X._v',
    'base' => 'freshrss',
    'prefix' => 'freshrss_',
  ),
  'mailer' => 'mail',
  'limits' => array ('max_feeds' => 131072, 'max_categories' => 16384),
  'extensions_enabled' => array (),
  // instance id (not secret): d3ff5af6-61b5-45f2-9556-6d86d2d597be
);
