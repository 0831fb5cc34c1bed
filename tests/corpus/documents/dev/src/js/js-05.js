// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyVW72aBJSv2i2-EIcKH8vG329QC96ceLCN",
  authDomain: "brightlane-km5oi.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "857079975595",
  appId: "1:733480446506:web:279cf2e5ff583e547c7fca",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  buildId: 'edd37416-5081-4765-96b7-d59ed5044571',
  poetryPypiTokenPypi: 'pypi-AgEIcHlwaS5vcmcAiUIARIh-tI_4B4HlBIPC21BDTVJtEjIIQeOgc-u8zoTcMFV7Ox2PUqtk7HOT1DqDkd9kLprt1aZYCLdZk-4stVD9CYobr2MVHlydeXMj1g8PrB4M0juBtssnL9gVL9qbjcp5FUDfpOep0MGxUwDK4zYID7RXMryh1sRKTnFg5K5DKIgRqCiq24PfttWvZ-fAuW5CEB0bwuabQDjFa8aKYCsQMCe3PjqW9an24bEP_A',
  npmToken: 'npm_bV2QAIegTHU9pYSHk3b31mXFCr02P1O7rNJp',
  awsAccessKeyId: 'ASIAX57AIPYWT5W2MJKX',
  awsSecretAccessKey: 'VFkxDVXWJmJ0ZlPBt9H7bQ5ng4VVGT8osYWABemd',
  awsSessionToken: 'IQoJb3JpZ2luX2VjEf4ZZ/cjxYmboB1O3kZND72PU4ZIK/7w/2sqd67isohciGz7O4PNuWYnfWrly7yGax1B57hW/7qfc4ZU6wzWaRt1l4FgVmhnqqVkRfEfDt68pThg1hNJbbn3w01p0wTs4PWjKivp6yQJPa1opQJ8jXyfoIzk4L0Yi8FaTu4PHeUf6p+KpGtZNfZ2sJBGmC2URuynLhQ3mUI9qoXcfpAWCTQSz9J8Owp5/sQSoMPDUN5Tr/VPW0K6L0Vz9FDbX9E0kLhudLtHJ49dN8BuSjvyB9FAo+cM2nhUQdtA9LwIOBS0I',
  datadogAppKey: '9e4c20bd7d7e89e4c4257861024d9a8f83902a27',
  githubPat: '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',
  sendgridApiKey: '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',
  stripeRestrictedKey: 'rk_live_g5UiZdph2RdkQkDcKjodWLIJ',
  assetSig: 'htTs1F6IT+skP9Zm7rloAIzaSy9RcEQZr6pNxdkp68ha58k3fkBGZ6vODB2EC9Nsjqph5TqbC13ln5U0ANTaEhlxF',
  dbHost: '127.0.0.1',
  stripePublishableKey: 'pk_live_51qahGO8FBBRUXJGjzS1lYtGsfyOfHcToizsOiytxZvQA9dqTAFDViwkiBUzqR1xZHI8Znoc9G8EnvGjF5QBfgteYOI33gLi94r',
  release: '2026.11.12',
  twilioAccountSid: 'ACa871711380e3254956288fbe111b21d8',
  tokenTtlSeconds: '3600',
  snmpPollOid: '1.3.6.1.4.1.2021.10.1.3.1',
  hfToken: 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
