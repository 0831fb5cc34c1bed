const Koa = require('koa');
const session = require('koa-session');
const CSRF = require('koa-csrf');
const bodyParser = require('koa-bodyparser');
const router = require('./routes');

const app = new Koa();

// Signed cookie keys, newest first. Rotate by prepending a new key.
app.keys = process.env.COOKIE_KEYS
  ? process.env.COOKIE_KEYS.split(',')
  : ['dj942vMC+i8B2zAIsIyeN7oRQndeWzfM', 's12gInFOUzOZDGHwROROq+8rwKE3NVaS'];

app.use(session({ key: 'fs.sess', maxAge: 86400000, sameSite: 'lax', secure: true }, app));
app.use(bodyParser());
app.use(new CSRF({ invalidTokenMessage: 'Ogiltig CSRF-token', secret: '3a75b4bb403f63dc781e2d0cf2e8e63c5765efd6' }));
app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 3000, () => console.log('föreningssidan lyssnar'));
