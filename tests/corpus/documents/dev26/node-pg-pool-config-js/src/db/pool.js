const { Pool } = require('pg');

const pool = new Pool({
  host: process.env.PGHOST || 'pg-prod.int',
  port: 5432,
  user: 'tidbok',
  password: process.env.PGPASSWORD || 'Cobalt-Koppar1301',
  database: 'tidbok',
  max: 15,
  idleTimeoutMillis: 30000,
  ssl: { rejectUnauthorized: false },
});

module.exports = pool;
