'use strict';
// config/production.js
module.exports = {
  port: process.env.PORT || 3000,
  session: {
    secret: 'gDETBQlNO2d5rfV9qiiRtMsmHxECjP3x1wAHzh0k',
    cookie: { secure: true, maxAge: 86400000 },
  },
  mongo: {
    uri: 'mongodb+srv://api:Granit.57335@cluster0.u7pjl.mongodb.net/shop?retryWrites=true&w=majority',
  },
  aws: {
    accessKeyId: 'AKIAACSZRDZROJ222IN2',
    secretAccessKey: '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',
    region: 'eu-north-1',
  },
  jwt: {
    secret: process.env.JWT_SECRET,           // never hardcode
    refreshSecret: 'rXV6iwAI-5FCbSdCU-cimjjota-Y8dSoD10',
  },
  smtp: { user: 'joao.schneider@transportes-lusos.pt', pass: 'Cobalt3691*' },
  // example from the README, not used: accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
};
