// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSy3wu2G6jZB86TbQBwzp6b5LMUuMigPJxRF",
  authDomain: "brightlane-1hztz.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "366169706058",
  appId: "1:667369071983:web:1afbc9a9780ba3a28290e9",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  dbHost: '169.254.142.95',
  stripeRestrictedKey: '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',
  sendgridApiKey: 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  nodeAuthToken: 'npm_hSgUEjEHs6bDyW9JTJ5nhgip1FNiTDew4N7X',
  awsRoleId: 'AROAHTWJL5QXAJR5AGNXN',
  slackAppToken: 'xoxe.xoxp-1-Zr7g5zOBHU5ZJVIpxTZN4mcxZJCcHFeZxlA0ckavX60JXFeMWQeLnMBGpq2xq0QTG5N1Uvv2q9EufOBftZgyUGQ2Cpr1tQCvATSzXEC9nQDy2WSjBhZEAL3325GjbQyzhBclZCRiGdb6xCfIIA2XB4fkN6272njrz4A',
  smtpPassword: '{{ .Values.smtp.password }}',
  twilioAccountSid: 'ACa1c5d1f5bfbdf365a0c0e90f61dc4113',
  twilioAuthToken: '43a924517c8ebdff9b293685c1b9c510',
  tlsKey: '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIISZB0tr5gvTxX6QxH/iEKPe3ZGvWj6yKgzCwZNNcKJToAoGCCqGSM49\nAwEHoUQDQgC2KL2rPjiYErske+fOFsUxdeqsgJFd7FV+FqHhutk3S2mnMyzfnGpL\nhUaSZpFs5JSFNusTiYE3FosR79gMNTYP9g==\n-----END EC PRIVATE KEY-----',
  openaiKey: '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',
  slackWebhookUrl: 'https://hooks.slack.com/triggers/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',
  databaseUrl: 'postgresql://app:${DB_PASSWORD}@db:5432/app',
  postgresPassword: '<redacted>',
  passwordResetUrl: 'https://accounts.brightlane.io/reset',
  githubToken: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  datadogAppKey: 'f65b0e6e618379b5cfb5e88e5d6d5b9a372cb7e3',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
