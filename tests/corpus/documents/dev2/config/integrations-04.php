<?php
return [
    'private_token' => '6d898767e547a86970e0bdae2378c7bc',
    'API_KEY' => 'N1ghW1rZ-wK8fyNzOEMsB-uocbtcVQhjIU',
    'app_secret' => 'AhEoimAD-gu8hVyPojNgn-vos9QQfBAYID',
    'token' => 'KL+u0KhylV1Qg87OWVNJNFy54I9ixe8N1XcE5VUX/aw=',
    'encryption_key' => '7uqbRbiN-tDU5KFGcL1SF-VjJlf0ijhsly',
    'hmacKey' => 'eaEQN49mhbBRWw5DXVJZvNzfMvOfNIHjj4L2mYJvjQHdS7cAm5M0/fHNTYcx1dyY',
    'access_token' => 'app_ty88SpQ9qHXnGMeVWeBisOWPOuCR160a',
    'token' => getenv('API_SECRET'),
    'admin-password' => 'Willow!Mango660',
];
