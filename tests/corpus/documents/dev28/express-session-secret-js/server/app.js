const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const cookieParser = require('cookie-parser');

const app = express();
const redisClient = createClient({ url: 'redis://redis-sess.lan:6379/2' });
redisClient.connect().catch(console.error);

app.set('trust proxy', 1);
app.use(cookieParser('512685095edb1f8257709bb824dcbc2142eaa100c87c7a19'));
app.use(session({
  store: new RedisStore({ client: redisClient, prefix: 'elevportal:' }),
  // first secret signs new cookies, the second is still accepted
  secret: ['pkcS6L7665bCz1sc7XjunT_076vdW7C4qursldbb', 'ckiP5WDK-5n-oXGIUnkqi4OXAFmn_6z5Gt45xI59'],
  name: 'ep.sid',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
}));

app.get('/health', (req, res) => res.json({ ok: true, build: 'acab2ea8f4ac' }));
module.exports = app;
