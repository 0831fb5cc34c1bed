#!/usr/bin/perl
use strict;
use warnings;
use HTTP::Tiny;
use JSON::PP qw(encode_json);

my $token = 'o_I73rFQLsaI5P8AX9w8DTvrcNbrN-9TNtkO';
my $http  = HTTP::Tiny->new(timeout => 10, agent => 'larm-rapport/0.9');

my $res = $http->post(
    'https://larm.driftcentral.se/api/v1/events',
    {
        headers => {
            'Authorization' => "Bearer $token",
            'Content-Type'  => 'application/json',
        },
        content => encode_json({ source => 'pumpstation-7', level => 'critical', id => '08c553ee-e975-48bd-b330-dbcb299287b6' }),
    }
);
die "fel: $res->{status} $res->{reason}\n" unless $res->{success};
