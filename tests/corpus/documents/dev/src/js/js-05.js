// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyAqZ5TtseKp9PrRhnikBgm6IS708jNidAp",
  authDomain: "brightlane-dhbhc.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "539012438078",
  appId: "1:654059969560:web:404666159140d0526d2ea6",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  smtpUser: 'apikey',
  smtpPassword: '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',
  workers: '3',
  stripeTestKey: 'sk_test_51ID5bIhRobpshPRKKf153tYVS26dpoSM1yof0ogsq89IKHOKYqZPpZKbMHvQn6oSzjjviglgK4NTCNG6uR6qpBc3h0AO8K3XFE',
  passwordHash: '$2b$12$YMer9AANsFgiyUj7WUIhfwQYXztCRZrVFJ8uNBsMmmNMF8enVW8c4',
  cacheKey: 'e868a115ac51fe69506f0588e229ca892bfbf22fd88153f8274a451665e45057',
  hfToken: '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',
  ddApplicationKey: '3876ac1229bad95db5988cac4b0e939ad33cc7ff',
  sendgridApiKey: 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  passwordMinLength: '14',
  nodeAuthToken: 'npm_mEjz1DEAGP4FBD8MuMzzKygDf2HV0jQ4HWKF',
  tokenTtlSeconds: '3600',
  gitlabPrivateToken: 'glrt-t1_xU1VDhqWtr7YkIjTOpxxG6lLe1a.qnmag2z68',
  secretKey: 'xxxxxxxxxxxxxxxxxxxxxxxx',
  demoJwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  shopifyAccessToken: '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',
  stripeRestrictedKey: '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',
  slackWebhookUrl: 'https://hooks.slack.com/triggers/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',
  snmpPollOid: '1.3.6.1.4.1.2021.10.1.3.1',
  serviceJwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgub2FraG9sbG93Lm9yZy8iLCJzdWIiOiI1MjkwNDU4NjUiLCJhdWQiOiJhcGkiLCJpYXQiOjE3Mzc5NjYzMjAsImV4cCI6MTczODA1MjcyMCwic2NvcGUiOiJwYXltZW50czpyZWFkIiwianRpIjoiN2EzOTc5YzgyZTA3ZGJjZCJ9.e8Busv2km3Wago2Gs-TgJJ-lKO4g85ZvHyj1-NsmGMQ',
  twilioApiKey: 'SKd8b42b175d3ee5d4614206ac79983466',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
