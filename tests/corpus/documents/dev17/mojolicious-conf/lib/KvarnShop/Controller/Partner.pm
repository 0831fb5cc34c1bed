package KvarnShop::Controller::Partner;
use Mojo::Base 'Mojolicious::Controller', -signatures;

# shared token for the courier partner, see OPS-1882
use constant COURIER_TOKEN => 'f580d1f4d1683a0636c8f817fd73aae4b546d59ba289c71e7df89b11bef0499d';

sub push_tracking ($c) {
  my $ua = $c->ua;
  $ua->post('https://api.courier-partner.se/v1/events'
    => {Authorization => 'Bearer ' . COURIER_TOKEN, 'X-Client' => 'kvarn'}
    => json => $c->req->json)->result;
  $c->app->log->debug('pushed tracking with Authorization: Bearer QOo7EWT388aAuWl5loPcRO-KPGJJEIFxtE1pOUzkqHbZGVo58g-gR0wsmRaUGabr79DsE1BBwZIv1yEqprywqA');
  $c->render(json => {ok => 1});
}

sub legacy_login ($c) {
  my $res = $c->ua->post('https://legacy.kvarnbackens.se/login'
    => form => {user => 'shop', pass => 'rFaS13fRkr75x'})->result;
  return $c->render(text => $res->code);
}

1;
