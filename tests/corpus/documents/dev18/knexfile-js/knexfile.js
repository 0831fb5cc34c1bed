// Update with your config settings.

/**
 * @type { Object.<string, import("knex").Knex.Config> }
 */
module.exports = {
  development: {
    client: 'mysql2',
    connection: {
      host: '127.0.0.1',
      user: 'booking',
      password: 'V%hUf54LZ2CE4P',
      database: 'booking_dev',
    },
  },

  staging: {
    client: 'pg',
    connection: 'postgres://booking:oBV~CF8YWEJmR~m@booking-stage.bergark.cloud:5432/booking',
    pool: { min: 2, max: 10 },
    migrations: { tableName: 'knex_migrations' },
  },

  legacy_import: {
    client: 'mssql',
    connection: {
      server: 'sql-legacy01',
      user: 'import_ro',
      password: 'Kanelbulle2012#g',
      database: 'Bokningar',
      options: { encrypt: false },
    },
  },

  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 20 },
  },
};
