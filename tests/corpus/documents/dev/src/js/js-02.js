// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyb5Kh8vw-TA-rmH8rYZjMwCfEgLH05_TwV",
  authDomain: "brightlane-3vhz6.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "594880617412",
  appId: "1:532260744892:web:0fa364d604b042c566310f",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  azureStorageAccount: 'brightlanelogs',
  azureStorageKey: 'fEtHGkuxnvWo95HrE8Z4J1jMs+W73C7H+NrxXFwFsQQUjCL6LvtD+q6oCp0+TrAnkOlDhNZw97QEV42Bn2ENzg==',
  gitlabToken: 'glrt-t1_vDdUwAUVuB-ulDdWMFn6LnFTnqh.1ggj92fa0',
  apiKeyHeader: 'X-Api-Key',
  alertmanagerSlackUrl: 'https://hooks.slack.com/services/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',
  port: '9000',
  gitCommit: 'be1feb1fc3e72541f308b542716913eedd9dcb17',
  openaiKey: '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',
  anthropicAdminKey: 'sk-ant-api03-AM2tAtqGGsfQ23e47ToN6RfeyIO0-eQnCA9C-O0kAQVrdyPXo0i_zV74zoY06evLFu7tBEjGFd0jZdAkt-arSue9kPMj4AA',
  passwordResetUrl: 'https://accounts.brightlane.io/reset',
  databaseUrl: 'postgresql://app:${DB_PASSWORD}@db:5432/app',
  stripeSecretKey: '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',
  shopifyAppSecret: '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',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
