# modules/profile/manifests/db.pp
class profile::db {
  class { 'mysql::server':
    root_password           => 'Ind1g0#112',
    remove_default_accounts => true,
  }

  mysql::db { 'shop':
    user     => 'shop',
    password => 'hazel-mango-badger-58',
    host     => 'localhost',
    grant    => ['SELECT', 'UPDATE', 'INSERT', 'DELETE'],
  }

  postgresql::server::db { 'ledger':
    user     => 'ledger',
    password => postgresql::postgresql_password('ledger', 'Deltayondercomet72'),
  }

  $api_token = '8wgaUiDqXddkI4lI8wrvJP9Zr7'
  $placeholder = lookup('profile::db::password')   # hiera-eyaml, fine
}
