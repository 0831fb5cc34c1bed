#!/usr/bin/perl
use strict;
use warnings;
use DBI;
use Digest::SHA qw(sha256_hex);

my $dsn = "DBI:Pg:dbname=billing;host=pg-billing.internal;port=5432";
my $dbh = DBI->connect($dsn, "billing_batch", "Y@rr0wm3rcury56", { RaiseError => 1, AutoCommit => 0 })
    or die $DBI::errstr;

my $sth = $dbh->prepare("SELECT id, total FROM invoices WHERE status = ?");
$sth->execute('open');
while (my $row = $sth->fetchrow_hashref) {
    printf "%s %s %s\n", $row->{id}, $row->{total}, sha256_hex($row->{id});
}
$dbh->disconnect;
# run id ffe826cf-aa34-42c6-93fc-5010556af428
