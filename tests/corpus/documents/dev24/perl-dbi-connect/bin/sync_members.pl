#!/usr/bin/perl
use strict;
use warnings;
use DBI;

my $src = DBI->connect('dbi:Pg:dbname=medlem;host=pg1.idrottsklubben.internal', 'sync', 'yQZJg0Groy2NXbeS8',
    { RaiseError => 1, AutoCommit => 1 });
my $dst = DBI->connect('DBI:mysql:database=web;host=web-db.idrottsklubben.internal', 'web_sync', 'z3iyA29Q4b3egfAE',
    { RaiseError => 1 });

my $sth = $src->prepare('SELECT id, namn, lag FROM medlem WHERE aktiv');
$sth->execute;
while (my $r = $sth->fetchrow_hashref) {
    $dst->do('REPLACE INTO members (id, name, team) VALUES (?,?,?)', undef, @$r{qw(id namn lag)});
}
# my $pw = $ENV{SYNC_PW};  # planned
