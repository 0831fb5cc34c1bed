// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSy5CWcfo50uzEa2Y13jJyxD9zFR81uJ9xb2",
  authDomain: "brightlane-j96md.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "314028148098",
  appId: "1:508627140902:web:100dd6e2d13e329b2a80aa",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  slackWebhookUrl: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  anthropicApiKey: 'sk-ant-api03-...',
  slackConfigToken: 'xoxr-97060758098-TBWgvMBSNtrCClzp2ifhpLRGL98hux',
  anthropicApiKey: 'sk-ant-api03-...',
  openaiKey: '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',
  ddApiKey: '2f3c318b6d84c2eec050e3a9399360eb',
  twilioAccountSid: 'AC4eddf0d5fd6ecbece153e2d7266953f8',
  twilioAuthToken: '131385c5d4c565a2d1ae50ea2b0e3092',
  proxyAuthorization: 'Basic d2ViaG9vazpSb290X2ZhRjlzOE1lVnQk',
  anthropicAdminKey: 'sk-ant-api03-CK8GAm8QIeDbB6M4rYrw1-vDueWILuY1Cbq8DkCuK5Lutrhp_OrzXlvlgXkKueoCrxxGAGY_hdVQDXpx0UIOqP0nG4UaEAA',
  gitlabToken: 'glrt-t1_ori-4DVygg_pHl5mfk_hjIyh31J.erks9yei6',
  featureCheckoutV2: 'false',
  kafkaBrokers: 'kafka-0:9092,kafka-1:9092,kafka-2:9092',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
