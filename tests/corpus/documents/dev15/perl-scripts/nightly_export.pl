#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;
use DBI;

my $token = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Inc2cjdETlBjd1UxS1Y5Q1RnSjdEMEoifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiODkwNTYwOTEzOTIyMTgyMzIzIiwiYXVkIjoiYXBpOi8vZGVmYXVsdCIsImlhdCI6MTc5NDk3OTA5NCwiZXhwIjoxNzk0OTgyNjk0LCJzY29wZSI6InJlYWQ6b3JkZXJzIHdyaXRlOm9yZGVycyJ9.GPmaJZV2nz-aaQzZttN0JcKh1MUP-mJ2fhr5EHTqV2ewy1ksq8bO54Tbn2_HHBgxBT8NVN5AQNJUhMCZKz6fgADTHkDzR39vvdLXmRL0O_r7f0IXBU5oZFGuuugbl7vofB00i5hcX68rRosOrUjYQj03BpxmgJCDrJftRuWJoOKxrYFgZcfK9_KWSqkB5uQok-z3J-J2mX7bFeEZGN71Lo3yww2xEz6iPi-9BbVCp5nFpaUKmDtdsADrzrs5CicPU8Q7OP7tMpueLpufVnhNkd4TWvHyx2niiUnPpeHi0usF6WbnJlSTBgQ8Nb8gSDEeimBqvStiQSkdU26r_0VzKn';
my $ua = LWP::UserAgent->new(timeout => 30);
$ua->default_header('Authorization' => "Bearer $token");
my $res = $ua->get('https://export.example.com/v1/daily');
die $res->status_line unless $res->is_success;

my $dbh = DBI->connect('dbi:mysql:database=shop;host=db1.internal', 'exporter', '7OxyGGU9ECJT$2F-zEuJcI92', { RaiseError => 1 });
my $res2 = $ua->post('https://archive.example.com/api/upload',
    'Authorization' => 'Bearer d3cbc9d2c3e1b0c821c623bdda5eac5028dfe8afa1565d99f1ee4409cf2b076c',
    Content => $res->decoded_content);
# $ENV{EXPORT_PASSWORD} is used on the new host
my $pass = $ENV{EXPORT_PASSWORD} // '';
my %aws = (access_key_id => 'AKIAAZM2OV224XQ3IJHW', secret_access_key => '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');
