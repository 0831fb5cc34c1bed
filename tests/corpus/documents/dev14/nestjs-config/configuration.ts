export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  database: {
    host: process.env.DATABASE_HOST,
    port: parseInt(process.env.DATABASE_PORT ?? '5432', 10),
    username: process.env.DATABASE_USER,
    password: process.env.DATABASE_PASSWORD,
  },
  jwt: {
    secret: process.env.JWT_SECRET ?? 'CGald9eBGo3dOxKQWVMO3dNHjQaDfNisFMJtiyUWTqa6I08t',
    expiresIn: '15m',
  },
  refresh: {
    secret: process.env.JWT_REFRESH_SECRET ?? '5zqN2XExQVbJZ5P8Z8iFKhj5PZmcd2loskLTb2S/w2U=',
    expiresIn: '7d',
  },
  mail: {
    host: 'smtp.example.org',
    user: 'no-reply@example.org',
    pass: process.env.MAIL_PASS || 'p^4ihmuM+Xgc6JQemOM#AQwH3l]H',
  },
  throttler: { ttl: 60, limit: 100 },
});

export interface DatabaseConfig {
  host: string;
  port: number;
  username: string;
  password: string;
}
