<?php
// bootstrap/vendors.php

$pusher = new Pusher\Pusher('f52d5221aae6c1466503', 'a212f99c7cec4686c8e9', '4919770', ['cluster' => 'eu']);

$freshdesk = new Client('D3yOIIA98KVEazcKPUk2', 'nordkraft');

\Lob\Configuration::getDefaultConfiguration()->setUsername('live_b84814a8fe54ab13985a02ddb3dd7045');

$razorpay = new Api('rzp_live_cJIzYmxUG3mTzO', '7iinCqrP4MGGtRFM71uxvflD');
// getenv('RAZORPAY_KEY_SECRET') in production
