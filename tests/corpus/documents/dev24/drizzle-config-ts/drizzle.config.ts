import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  schema: './src/db/schema.ts',
  out: './drizzle',
  dialect: 'mysql',
  dbCredentials: {
    host: 'mysql.hyrbilen.internal',
    port: 3306,
    user: 'drizzle_migrator',
    password: '2WS9FtrW5fYdTOnvI',
    database: 'hyrbilen',
  },
  verbose: true,
  strict: true,
});
// Local: password: process.env.DB_PASSWORD ?? ''
