// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSym_FaZJy6xO8V3cegf3a91Zqm0HLQFsf3f",
  authDomain: "brightlane-qxqrh.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "401252801576",
  appId: "1:530333312811:web:6dbfa35e62e07396771df9",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  shopifyAdminApiToken: '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',
  uvPublishToken: 'pypi-AgEIcHlwaS5vcmcAiUIARIhX_fXERl-dLjenjhMBiEr17pdf4Cy6JkenlOlXRe3C3d6nXWb3_IDwwfBUt04vWv1jUPXWdnTrgGnuQB0jdgA0ETn96KZDJX6K-TmcvoP5OI9QfgCLA_KEXQgZdlf6mV2hLtvS_eljfl5uYU4fwidR6Ln3nLVVbThULtVj0zNOVcKpq_tRv7tV5AB2hA0EPQ6JBaFXVH9',
  adminPassword: '********',
  instanceId: '5eab6f24-58af-4d16-9934-36d1c5afd811',
  postgresPassword: '<redacted>',
  openaiApiKey: 'sk-...',
  npmPublishToken: 'npm_yabc2YafDROup4spnlV38jpWnOqSCIHSRdZV',
  githubToken: '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',
  twilioAccountSid: 'AC5a0c0e90f61dc411343a924517c8ebdf',
  twilioAuthToken: 'f9b293685c1b9c510ea3e2bfc84d6524',
  ddApplicationKey: '00f5f5b3c3740520292630889df1d12693417987',
  databaseUrl: 'postgresql://app:${DB_PASSWORD}@db:5432/app',
  gitlabToken: 'gldt-YHZCGFGxRcBjVD9FlrFp',
  stripeSecretKey: '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',
  awsRoleId: 'AROARJ6E2XNCA7W5YBLJM',
  awsUserId: 'AIDA2P7ZAFJJ7EMMVISHF',
  apiKey: '<your-api-key-here>',
  redisUrl: 'redis://localhost:6379/0',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
