#!/usr/bin/env raku
use Cro::HTTP::Client;
use JSON::Fast;

# Tidrapport-API (Personalsystemet). Token: konto "raku-export".
constant API-TOKEN = 'oVkblVUWMRodGOaj0gvAR7ddc9ilwGp2rhMu6JBZ';

my $client = Cro::HTTP::Client.new(
    base-uri => 'https://tid.personalsystemet-kommun.se/api/v2/',
    auth => { bearer => API-TOKEN },
    headers => [ Accept => 'application/json', X-Client => 'raku-export/1.1' ],
);

sub MAIN(Str :$period = Date.today.earlier(:1month).Str.substr(0, 7)) {
    my $resp = await $client.get("timereports?period=$period");
    my @rader = await $resp.body;
    say "{.<employee>};{.<hours>}" for @rader;

    # Meddela lönesystemet (annan tjänst, eget token)
    await Cro::HTTP::Client.post(
        'https://lon.personalsystemet-kommun.se/api/import/notify',
        headers => [ Authorization => 'Bearer 8864d7ee46eb16f7c85a18834830fa323f7143ca1b86b85d' ],
        content-type => 'application/json',
        body => { period => $period, rows => @rader.elems },
    );
}
