#!/usr/bin/env bash
# Perl under the shim: print, printf, syswrite, a file, a TCP socket
# (print on an IO::Socket, send, syswrite). PerlIO writes with write(2).
source "$(dirname "$0")/lib.sh"
pg_init "$1"

pl() { shim perl -e "$1"; }

pl 'print "id=7 card 4539 1488 0343 6467 mail maria.gonzalez\@outlook.com\n"' >out
check "perl print -> stdout file" masked out "$LINE_M"$'\n' write credit-card email

pl 'printf("%s paid with %s (%d)\n", "maria.gonzalez\@outlook.com", "4539148803436467", 3)' >out
check "perl printf -> stdout file" masked out "$MAIL_M paid with $CARD16_M (3)"$'\n' write credit-card email

pl 'syswrite(STDOUT, "raw 4539 1488 0343 6467\n")' | cat >piped
check "perl syswrite -> pipe" masked piped "raw $CARD_M"$'\n' write credit-card

pl 'print STDERR "warn maria.gonzalez\@outlook.com\n"' 2>err
check "perl print STDERR -> stderr file" masked err "warn $MAIL_M"$'\n' write email

pl 'open(my $f, ">", "out.txt") or die; print $f "a\nfile 4539 1488 0343 6467\nb\n"; close $f or die "close: $!"'
check "perl print to an opened file" masked out.txt $'a\nfile '"$CARD_M"$'\nb\n' write credit-card

serve tcp recv
pl "
use IO::Socket::INET;
my \$s = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $PORT, Timeout => 5) or die;
print \$s \"print 4539 1488 0343 6467\n\";
send(\$s, \"send maria.gonzalez\\@outlook.com\n\", 0);
syswrite(\$s, \"syswrite 4539148803436467\n\");
close \$s;"
served
check "perl socket print/send/syswrite -> 127.0.0.1 server" masked recv \
  "print $CARD_M"$'\n'"send $MAIL_M"$'\n'"syswrite $CARD16_M"$'\n' 'write|send' credit-card email
check "perl socket: send() is named" found --call send --rule email --kind socket --peer "127.0.0.1:$PORT"
check "perl socket: print is write() on the socket" found --call write --rule credit-card --kind socket

pl 'binmode STDOUT; print "clean: user\@example.org 555-0123 AKIAIOSFODNN7EXAMPLE\n"' >out
check "perl clean output untouched" sink_is out $'clean: user@example.org 555-0123 AKIAIOSFODNN7EXAMPLE\n'
check "perl clean output: no finding" found --count 0

pg_summary
