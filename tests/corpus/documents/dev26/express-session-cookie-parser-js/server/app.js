const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const redis = createClient({ url: 'redis://cache.int:6379' });
redis.connect().catch(console.error);

const app = express();
app.set('trust proxy', 1);
app.use(cookieParser('B6NKLPXDAZCv7vsOH2zCLkOCg1rsqvMK6LvfdQZB'));
app.use(session({
  store: new RedisStore({ client: redis, prefix: 'boka:' }),
  name: 'boka.sid',
  secret: ['358ecf3d45b03818974fb74c0d43e68c419cfa8b45a8af06', 'f7777bb120613241970d17aaa2909dc2749a2e33a2608829'],
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
}));

// CSP nonce seed is per-request; this is only the build hash: 5a26fdc29302daff3b8808e61b5e535496ce5185fe8162e3b43a21d13dedb3b8
app.listen(3000);
