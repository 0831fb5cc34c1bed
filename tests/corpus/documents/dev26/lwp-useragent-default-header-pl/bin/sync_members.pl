#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;
use JSON::PP qw(decode_json);

my $token = 'hXDRj3YSGsf0vxFWeD03qnbkn6o1KXeH';
my $ua = LWP::UserAgent->new(timeout => 20, agent => 'member-sync/1.3');
$ua->default_header('Authorization' => "Bearer $token");
$ua->default_header('Accept' => 'application/json');

my $res = $ua->get('https://medlem.seglarforbundet.se/api/v1/clubs/1226/members?page=1');
die $res->status_line unless $res->is_success;
my $data = decode_json($res->decoded_content);
printf "%d members\n", scalar @{ $data->{items} };

# licens-API:t har egen token
my $lic = LWP::UserAgent->new(timeout => 20);
my $r2 = $lic->get('https://licens.seglarforbundet.se/api/licenses?year=2026',
    'Authorization' => 'Bearer JjZ9lnTHjH7pkO9K31Zw0mXfWozI5NM4');
print $r2->decoded_content;
