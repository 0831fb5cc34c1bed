'use strict';
// config/production.js
module.exports = {
  port: process.env.PORT || 3000,
  session: {
    secret: 'fo1_uVYs9OznQMrRudy9WlI0CSNH04gnyusFJQ9v5sXq2sz',
    cookie: { secure: true, maxAge: 86400000 },
  },
  mongo: {
    uri: 'mongodb+srv://api:Lf%5E%3ALO25O8%3F%3F-%3D%40i@cluster0.4jfwn.mongodb.net/shop?retryWrites=true&w=majority',
  },
  aws: {
    accessKeyId: 'AKIAVQG3D5RT4OYNHOKA',
    secretAccessKey: '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',
    region: 'eu-north-1',
  },
  jwt: {
    secret: process.env.JWT_SECRET,           // never hardcode
    refreshSecret: 'L_D4L1BpQCaeWwGlWcg7uDZTA6OfRtmkd42jZTMpAYM',
  },
  smtp: { user: 'francesca.kaya@mebleks.pl', pass: 'Quartz.30205' },
  // example from the README, not used: accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
};
