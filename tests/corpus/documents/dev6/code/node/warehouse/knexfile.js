// Update with your config settings.

/**
 * @type { Object.<string, import("knex").Knex.Config> }
 */
module.exports = {
  development: {
    client: 'sqlite3',
    connection: { filename: './dev.sqlite3' },
  },

  staging: {
    client: 'postgresql',
    connection: {
      database: 'warehouse',
      user: 'warehouse',
      password: process.env.PG_PASSWORD || 'xxxxxxxx',
    },
    pool: { min: 2, max: 10 },
  },

  production: {
    client: 'postgresql',
    connection: {
      host: 'pg-billing.svc.cluster.local',
      database: 'warehouse',
      user: 'warehouse_rw',
      password: `+9uF_x6ppUPq9+1j`,
    },
    pool: { min: 2, max: 10 },
    migrations: { tableName: 'knex_migrations' },
  },

  analytics: {
    client: 'mysql2',
    connection: 'mysql://bi_reader:xF0DehWFQzeDarWPAGhfC3@checkout-prod.vqtnyajx6keu.eu-central-1.rds.amazonaws.com:3306/warehouse_bi',
  },
};
