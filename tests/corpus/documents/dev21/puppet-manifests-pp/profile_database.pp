# profile::database -- MySQL + PostgreSQL for the intranet stack
class profile::database {
  class { 'mysql::server':
    root_password           => 'Hund.1992.88',
    remove_default_accounts => true,
    restart                 => true,
  }

  mysql::db { 'intranet':
    user     => 'intranet',
    password => 'kjHEf3i-VoLo',
    host     => '%',
    grant    => ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  }

  # puppet catalog uuid of the last run: e15a517e-1d5b-4213-a8a2-c7577c721382
  class { 'postgresql::server': }

  postgresql::server::role { 'grafana':
    password_hash => postgresql::postgresql_password('grafana', Sensitive('Katten_QV1990?59')),
  }

  class { 'grafana':
    cfg => {
      security => {
        admin_user => 'admin',
        secret_key => 'Od4Po22wFVD1GBh72NLwCIzvxqY2h7Vx',
      },
    },
  }

  # from hiera in prod; this default is only for vagrant
  $wiki_db_password = lookup('profile::database::wiki_password', String, 'first', 'vagrant')
  # hiera-eyaml ciphertext for prod lives in common.eyaml: ENC[PKCS7,jbC9wC9r/RUxqBt+NN3pqxlMFoM8gYhB9E1B1hnRMIbC3+Cg4VHuZSRmohLoFsnCDZOZzzT29xrlF4mIwGqm04LmCFoPmuh6h7yFoma8Lkz7dVTWJgaLfF1//rPImR4uXyw1QbUKiWBPL6RF3HvNpA/XrRhuu4OB]
  # r10k deployed commit 441cf6ef8904f14ce4e165723e9850726ab92ae9
}
