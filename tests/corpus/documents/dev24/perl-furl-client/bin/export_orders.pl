#!/usr/bin/env perl
use strict;
use warnings;
use Furl;
use JSON::PP qw(decode_json encode_json);

my $API   = 'https://shop-api.tygboden.se/v2';
my $TOKEN = 'sNZpxZFaRo8tFhi3Dvh2FofhBYGeamBEBSNXNuWyrLOWpwDhPlQiwxglVjqy8D1z';   # shop admin token (read only)

my $furl = Furl->new(agent => 'order-export/1.3', timeout => 20);

my $res = $furl->get("$API/orders?status=paid",
    [ 'Authorization' => "Bearer $TOKEN", 'Accept' => 'application/json' ]);
die $res->status_line unless $res->is_success;

my $orders = decode_json($res->content);
for my $o (@{ $orders->{data} }) {
    $furl->post('https://bokforing.tygboden.se/import',
        [ 'Authorization' => 'Bearer 7ab0bc3a1ff9c68467b0889e1c158430', 'Content-Type' => 'application/json' ],
        encode_json({ id => $o->{id}, total => $o->{total} }));
}
# NB: Authorization => "Bearer $ENV{SHOP_TOKEN}" is what the cron wrapper should use
