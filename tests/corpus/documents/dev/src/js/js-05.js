// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSydg9QN6LvotV9DxUevCGT2L0QmuKAjKFCt",
  authDomain: "brightlane-61zmh.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "203157934174",
  appId: "1:392165288974:web:e6a70fe67ae45d22d94daa",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  glDeployToken: 'glpat-08oycTWhT2z8PBGAChqt',
  apiKey: '<your-api-key-here>',
  huggingFaceHubToken: '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',
  tz: 'America/New_York',
  poetryPypiTokenPypi: 'pypi-AgEIcHlwaS5vcmcAiUIARIhor2RLsRHRkYsCrWnytq-ROGFL9NykyHj8pb3oZBAuTVFr2vh7FDarzF0KTwusb8zHE-6cq1xBj8tGYBG-KCfj0PVfehbKTAoW_tpHCvb5RFgvNCccBkAn2xLhOA__6WKmr0OcTYvoYurML5zXKnQLaBpM11vPfXG',
  openaiApiKey: 'sk-...',
  awsRoleId: 'AROAZ5G6FQZXRMKN2D6KV',
  alertmanagerSlackUrl: 'https://hooks.slack.com/services/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',
  shopifyAccessToken: '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',
  appVersion: '10.1.17.12',
  stripeSecretKey: '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',
  mgApiKey: 'key-7d36a990567ce3c40c0681f7cacbbc0c',
  demoJwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  redisPassword: '',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
