// rendered into a Kubernetes Secret by tanka
local k = import 'k.libsonnet';
{
  _config+:: {
    grafana: {
      admin_password: 'Quartz2007@',
      secret_key: 'KBc0HHyFzaPaLkeSrywGxRvZiu3mm3bz',
    },
    oauth: {
      client_id: 'grafana-b0e8eb36',
      client_secret: '58c44ac336f1f10c2c6154a027b156c2c278fde5',
    },
    postgres: {
      password: std.extVar('PG_PASSWORD'),
    },
    alertmanager: {
      webhook_token: '528f1b3934e25040cb50143ab92fd1e2b0800cd8',
      receiver_password: 'PaAGYgLh1tbyUQ4SQXl',
    },
  },
}
