'use strict';
// config/production.js
module.exports = {
  port: process.env.PORT || 3000,
  session: {
    secret: 'PMFhDb60597IaYsLNb8VULMnc1qxh6Xo',
    cookie: { secure: true, maxAge: 86400000 },
  },
  mongo: {
    uri: 'mongodb+srv://api:rANF0%3FUVRXw%5EnAo@cluster0.tt5yp.mongodb.net/shop?retryWrites=true&w=majority',
  },
  aws: {
    accessKeyId: 'AKIAIA7NIF5SBGK24ZYW',
    secretAccessKey: '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',
    region: 'eu-north-1',
  },
  jwt: {
    secret: process.env.JWT_SECRET,           // never hardcode
    refreshSecret: 'f5ee01ec022f73ede3bf7acb08c562fcf01ed3d0',
  },
  smtp: { user: 'wilma.gustafsson60@proton.me', pass: 'KompassSommar1193*' },
  // example from the README, not used: accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
};
