// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyk4ENVikyNQCan0RXCSPxvc9chNipN8k5t",
  authDomain: "brightlane-oqcjw.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "497814436730",
  appId: "1:900002004568:web:dd3c6ea388f9ba9e044213",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  smtpPassword: '{{ .Values.smtp.password }}',
  secretName: 'prod/db/credentials',
  notifyWebhook: 'https://hooks.slack.com/workflows/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',
  openaiApiKey: 'sk-...',
  ddApiKey: 'aa6b665f01eb85e98f1fa896d835e303',
  snmpPollOid: '1.3.6.1.4.1.2021.10.1.3.1',
  adminPassword: '********',
  tz: 'America/New_York',
  gitlabTriggerToken: 'glptt-04a6a6b914ce9dde2a555829d0e6b65d877eb338',
  proxyAuthorization: 'Basic cmVwb3J0X3JvOk9pclNoYzNBT3hITVluNGxweVU=',
  redisPassword: '',
  openaiKey: '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',
  poetryPypiTokenPypi: 'pypi-AgEIcHlwaS5vcmcAiUIARIhZL38YRiz0y5__KEIbUja-6t9YTrzXRH6pJWej3C-BQ5c0QiTHGLN_i_rLXQPje5ePewogBp_xVpALLuRxSnEq93hBzrzpQiE_ZZsJUCGGPHhEazn33X4PpIbr5WJI44ejekhyv9wICKkfsSYKrND8pGGOoPR-PJijmDrCxtjfH2Sw40Ox5sjqjUetG6fbgHEoprLJW38VUgIwbilxWnlGjUQjvw3nDi6sbs',
  twilioApiKey: 'SK4741a1c3e24011a4b8bd37a0e0986293',
  mgApiKey: 'key-bd621de1b2c8a8aa6f0de3981c5d944a',
  kafkaBrokers: 'kafka-0:9092,kafka-1:9092,kafka-2:9092',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
