// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyK-u1OiYttKtcy3DU8zSp97vYl9pt-J6gT",
  authDomain: "brightlane-74c6u.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "298897542333",
  appId: "1:870605286230:web:688f75592fc6ef494e5418",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  nodeAuthToken: 'npm_6T60Ut5fNA8bAs0JUd3iJsKYPm6tmXsqLQI0',
  apiKey: '<your-api-key-here>',
  passwordMinLength: '14',
  stripeTestKey: 'sk_test_51Mo5MBapz7QmEVoYazKpSBU11qkB3qUY9Qeo9slGzyzVH1q1ZPHE3Rnc8BOoNS6KZxydJw0RTc2cKGrV2AIHSFeyLSnfKJyNl2',
  hfToken: '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',
  cacheTtlSeconds: '300',
  azureStorageAccount: 'kestrelbackup',
  azureStorageKey: '2dKdAlARUXQoAjBK/06HVsbkKUBYNR8oqIV09DNiibORuzHvSYd8sNyVa60BaQReuZACfqbIQSIgs7cKWWjNuw==',
  anthropicAdminKey: 'sk-ant-api03-bjKSFEAtqQh8MglHOrVX7Bt2BsXqJwInRqs3ZT2ScTXYn4lfWYnuf-IYcIxqkuCmUk8GAaVAJ-A9RkA1a38NewnCEZvsIAA',
  twilioApiKey: 'SK5b3f4099a0824131bb714fc13ce046f9',
  instanceId: '8f810849-ca84-4355-8fdd-a162dace87bf',
  passwordResetUrl: 'https://accounts.brightlane.io/reset',
  databaseUrl: 'postgresql://app:${DB_PASSWORD}@db:5432/app',
  uvPublishToken: 'pypi-AgEIcHlwaS5vcmcAiUIARIhfbGwwPxsyipl6sjj64DWAAoaJzTG0Talw9heKR46mo8KjysPZYsY0SqD7Sd-857BL_ARrCTyu3BlQIjU6ZZf6M9glP-XeTn3zKTkX6exWmJgv9n69NfV6r0JOl_Cj80iiBi0qxN6tXEdIdTEUsVpjF0gwpfeLL9LUUXFGBaC74vwSh3TV6VyCgSk0ww7tOqwqcpX0kJs',
  dbPassword: '${DB_PASSWORD}',
  shopifyAppSecret: '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',
  buildId: '8614230e-e8eb-4857-a3b9-f9a739057a8b',
  gitCommit: '7f4e869b917afacf2605ab934d0cb7834a73166d',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
