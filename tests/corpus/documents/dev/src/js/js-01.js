// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyO4wtrSEHb4KRaQfQsAIHxec3JZ9dVbYua",
  authDomain: "brightlane-wp1s2.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "879450180540",
  appId: "1:565805154050:web:d940c069f59aff0ed7bbb7",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  apiKey: 'REPLACE_ME',
  githubToken: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  smtpPort: '587',
  assetSig: '9/Rlbm8OiLvA8ZetkISiAIzaSykXiWQ4Lqau5J4UeR8VUM6d56yfzSK4x4uI1hv7qRd1Wx0mqLlAkUWc6r0L1KTC2',
  gitlabPrivateToken: 'glpat-VLh0QS-ON9vjtBHwKKpX',
  databaseUrl: 'postgres://user:pass@localhost:5432/db',
  smtpPassword: '{{ .Values.smtp.password }}',
  slackConfigToken: 'xoxr-69785085112-IkjC79ApYjyT4X8YhTlJL6p4bnW4Ha',
  adminPassword: '********',
  notifyWebhook: 'https://hooks.slack.com/services/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',
  secretName: 'prod/db/credentials',
  npmToken: 'npm_Y2Gos6qpVtwfLEzNptsQJlJlhsqgi4PtQhYg',
  nexusAuthHeader: 'Basic YXBwX3J3OlN0Z19OMzFJWUhrSlV5JQ==',
  twilioApiKeySid: 'SKe349ed7c60e78f16577bd3de8a2fba05',
  cacheTtlSeconds: '900',
  demoJwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  emailProviderKey: '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',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
