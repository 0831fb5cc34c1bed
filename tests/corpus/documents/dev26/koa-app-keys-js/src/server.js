import Koa from 'koa';
import Router from '@koa/router';
import session from 'koa-session';

const app = new Koa();
app.keys = ['RtsntC0XTn46GWF18grSSZlzEdRya8OBKqTnmDKY', 'WWk-iTrD8o-GslkmVPuLgR-ZOlgOByM5tRX36F3e'];
app.use(session({ key: 'tvatt:sess', maxAge: 86400000, signed: true }, app));

const router = new Router();
router.get('/health', (ctx) => { ctx.body = { ok: true, build: 'fe6641fa38e11a85a7cd16cdc43a48eba1d89728' }; });
app.use(router.routes());
app.listen(8080);
