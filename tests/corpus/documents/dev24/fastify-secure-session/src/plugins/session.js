import fp from 'fastify-plugin';
import secureSession from '@fastify/secure-session';

export default fp(async (app) => {
  app.register(secureSession, {
    sessionName: 'session',
    cookieName: 'sid',
    // generated with: npx @fastify/secure-session > secret-key  (then hex-encoded)
    key: Buffer.from('67110040fdc867fb2bfff0a4a9f505f290364081009757c71b8067ab1b1f4f4b', 'hex'),
    cookie: { path: '/', httpOnly: true, secure: true },
  });
  app.decorate('csrfSalt', 'oXFVIadGT539VGNI1ZR9z5burQ');
});
