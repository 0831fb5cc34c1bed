#!/usr/bin/perl
use strict;
use warnings;
use Net::FTP;
use Net::SFTP::Foreign;

my $datum = shift || POSIX::strftime('%Y%m%d', localtime);

# Gamla bankens FTP (avvecklas Q2)
my $ftp = Net::FTP->new('ftp.bankfiler-gamla.se', Passive => 1, Debug => 0)
    or die "kan inte ansluta: $@";
$ftp->login('KUND40113', '9GS8AnVMNn7m') or die 'inloggning misslyckades: ', $ftp->message;
$ftp->binary;
$ftp->get("BGMAX_$datum.txt", "/data/bank/in/BGMAX_$datum.txt");
$ftp->quit;

# Nya banken, SFTP
my $sftp = Net::SFTP::Foreign->new(
    'sftp.filoverforing-bank.se',
    user     => 'kund40113',
    password => "LyktaAlg5063?",
    more     => [-o => 'StrictHostKeyChecking=yes'],
);
$sftp->die_on_error('sftp');
$sftp->get("/ut/camt054_$datum.xml", "/data/bank/in/camt054_$datum.xml");
