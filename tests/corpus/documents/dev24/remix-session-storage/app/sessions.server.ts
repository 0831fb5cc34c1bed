import { createCookieSessionStorage } from '@remix-run/node';

// Rotation: put the new secret first, keep the old one until all cookies have expired (30 days).
const secrets = ['wxwcMb1Pqhx08HGTfI134tOHqZvZBSeUPTFM', '5L5TIIvJ8WIALvOqYBz0311DzRm7gpQgRJsN5yfhqMVL0l1sveN1jLRLEPL4HYwN'];

export const { getSession, commitSession, destroySession } = createCookieSessionStorage({
  cookie: {
    name: '__session',
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 30,
    path: '/',
    sameSite: 'lax',
    secrets: process.env.SESSION_SECRET ? [process.env.SESSION_SECRET] : secrets,
    secure: true,
  },
});
