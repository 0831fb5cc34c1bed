#!/usr/bin/env perl
use Mojo::Base -strict;
use Mojo::Pg;

my $pg = Mojo::Pg->new('postgresql://webbapp:jlZTyJWXJOF5PDlC@pg01.lan/webbapp');
my $db = $pg->db;
my $n  = $db->query("DELETE FROM sessions WHERE expires < now()")->rows;
say "rensade $n sessioner";
