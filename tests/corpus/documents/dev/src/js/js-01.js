// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyo35PW3VSWTW-KovzHfayzNZXJriXl2Pva",
  authDomain: "brightlane-4797d.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "617099582090",
  appId: "1:579179721103:web:1292755867cd943b65ce4a",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  azureStorageConnectionString: 'DefaultEndpointsProtocol=https;AccountName=meridianinvoices;AccountKey=Ggtxa1izoAMR1XEmjVnVFHnxfZHCA+l5350Wl/JYAXV5T/1xmLV4Mp1qX2fQ5UulfIt/1tv60SPQnQsmPGcoFQ==;EndpointSuffix=core.windows.net',
  slackHook: 'http://hooks.slack.com/services/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',
  gitlabToken: 'glpat-rXxiwrbHWGQ4EwmN-3wYeBLUCQoAv.01.jkta6xajn',
  llmApiKey: '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',
  redisPassword: '',
  awsUserId: 'AIDAERER7U2UU5EDUOV4E',
  uvPublishToken: 'pypi-AgEIcHlwaS5vcmcAiUIARIhOA26aqKhoFQd9SZpk9naTsARFFwM3e7eH8cRbN9oOAmICbiq1KokUZsFUOkrCRz9b8q-tXq7GEvBE1t5Ambm0tGevd39IueMzxBFmDMUulvAg4O4G0SaRnMks4B1P1CRIOdkZMVROn9kXtrKwGAEnTFFEFOxWPMXrNeKiVlWsIBmGLnExw-L5awdjxjSQu-saOVDh3Ag6u0KjU8VP0JQhqIYzbmLVsLfKDY',
  buildId: '4dae1822-defd-4390-9589-96cf50a7077a',
  youtubeDataKey: 'AIzaSyOfAzmaQZQ84UGuQUefMjsdQOtU56tBiAo',
  dbName: 'orders',
  stripeKey: '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',
  shopifyAppSecret: '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',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
