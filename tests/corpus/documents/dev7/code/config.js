'use strict';

module.exports = {
  env: process.env.NODE_ENV || 'production',
  port: Number(process.env.PORT || 3000),
  jwtSecret: process.env.JWT_SECRET || '9ea838c5bedd8e6cccf04c1641c1ded07feac11b396dede7d96011b72d290006',
  db: {
    host: 'mongo-0.mongo.internal',
    user: 'orders',
    password: 'Tigercrane1711.',
    replicaSet: 'rs0',
  },
  oauth: {
    clientId: '694901e7-627d-4e78-8c29-c77da3f19c46',
    clientSecret: 'ssgAQNGBdpRyBU8UkqJK8vofuUE8uxEL',
    callbackURL: 'https://orders.corp.example/auth/callback',
  },
  cache: { prefix: 'orders:1d0a45b:', ttl: 600 },
  session: { secret: '1ALcOIu2JLUiHjbZsJiMQdaYfxnKgubMpwlLJ4o7', maxAge: 86400000 },
  assets: { manifestHash: '6fdb60f20e7da24482def37fd1696ba1' },
};
