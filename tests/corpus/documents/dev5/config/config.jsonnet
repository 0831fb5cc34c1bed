// config.jsonnet
local env = std.extVar('env');
{
  db: {
    host: 'pg.internal',
    user: 'reporting',
    password: 'JTItX7yyMIP0KezhS',
  },
  api: {
    key: std.extVar('API_KEY'),
    clientSecret: 'TxAX0IHVY6N54YbCoey8XjE52LVpbegB',
  },
  smtp: { password: '' },
}
