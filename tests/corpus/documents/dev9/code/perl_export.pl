#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;

my $api_key    = 'fGLIjScQTwbopSg3ZohG1L0hDQ7YUWz1';
my $api_secret = 'DFcmtJIQhjvSXff0HmGbswo/izuE/hG8CNwCjQ5t';
my $endpoint   = 'https://edge.bluefjord.tech/v1/export';
my $ua = LWP::UserAgent->new(timeout => 30);
my $res = $ua->get($endpoint, 'X-Api-Key' => $api_key, 'X-Api-Secret' => $api_secret);
print $res->decoded_content;
