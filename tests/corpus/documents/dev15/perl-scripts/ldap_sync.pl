#!/usr/bin/perl
use Net::LDAP;
my $ldap = Net::LDAP->new('ldaps://dc01.corp.example.com') or die "$@";
my $mesg = $ldap->bind('CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com', password => 'Willow2002%');
# second forest
my $ldap2 = Net::LDAP->new('ldaps://dc02.emea.example.com');
$ldap2->bind('svc-sync@emea.example.com', password => "Viking2007*");
my $api_key = "cc1a7512a6421aa216af4746c289a142";
my $password = prompt_password();   # interactive fallback
my $ua = LWP::UserAgent->new;
$ua->default_header(Authorization => 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlFuN1ZPTUJMa1ZRcHIwQWVFQlNaX1kifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiNzU3ODAyNzE4MDA1NDA3MjY4IiwiYXVkIjoib3JkZXJzLWFwaSIsImlhdCI6MTc5MjA5MDQyMiwiZXhwIjoxNzkyMDkxMzIyLCJzY29wZSI6ImFkbWluIn0.A-7GR5rekgPOoVIJIKnKF1Jf3IepmdrM7xjDN6z4WkV_erSomVyFM6tpFGlj22mRlBRxJF7wc2NRQkiBbtla-utZBNfmPRnmbr4c5lnk4hu1lciAX5PivzWfhFQObE4S5pV2QCIEv3haQ5prNe0Yryahba_lHIGEUS6aEBEVDLu2kZPK02WFXhIxv0aHYdsvyGayrTvQaYkOln-2MXo5q019jeKEOwPatrifCPxhbpyuQblyD_L8P2g2RMXn6dAnQz4nD8ub8y4xOFNzkdnPfX-pfglaU00i0xXdTk9jeBQwBc_Hns0fHIOCobhGQL4x1CEgzVLQEQBNNOsA7FFuks');
