// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyYSo8Q08jCGqH81qxNPF2j2Z2v3OpcAocI",
  authDomain: "brightlane-oni34.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "144063173722",
  appId: "1:601860415786:web:b45f4c5e8a9c99c87c7a07",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  twilioAccountSid: 'AC4787fcfc6615e8312b5493c60268c67a',
  twilioAuthToken: '25756caf9626ecb0bba0f92462d8f38b',
  azureStorageSasConnectionString: 'BlobEndpoint=https://meridianinvoices.blob.core.windows.net/;QueueEndpoint=https://meridianinvoices.queue.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bq&srt=sco&sp=rwdlacup&se=2027-03-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig=fS6ISESQVID%2FtwQ61mY1cJaKqjpJdNG7Iu%2BTM2ch318%3D',
  githubToken: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  apiKey: '<your-api-key-here>',
  tokenTtlSeconds: '3600',
  apiKeyHeader: 'X-Api-Key',
  redisPassword: '',
  gitCommit: 'dc9938ce985c523108cc3cfab936badda65de8e9',
  gitlabTriggerToken: 'glpat-pvggznGETdsjc3Zb2wUi',
  shopifyAccessToken: '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',
  dbUser: 'crm_sync',
  nexusAuthHeader: 'Basic YmFja3VwOkFWSnFnUWE1VWtUVWU=',
  snmpPollOid: '1.3.6.1.4.1.2021.10.1.3.1',
  uvPublishToken: 'pypi-AgEIcHlwaS5vcmcAiUIARIhKkETyNEjydboiHahxu5z4arfikM5JBKB-FqAipLi27FR8ndHH_ExMIX9z1h4Y1JVRW2VJxDx9F4uwTkvtrCWeM_XmHRTlJ26JRNUzsqL4fcRm3Orp7wCN2Sd6Nx1DVbBGTw8EbGoOKKzqrv69Uwg0RzNxX76KpWBDG6wSqRtzxqLgoAhnHFEnM8AeBjYuO7UWicUhVGZ',
  openaiKey: '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',
  release: '2026.2.14',
  stripeRestrictedKey: 'sk_live_bcEeU40eO6m5U3mMi2bktBaV',
  slackHook: 'https://hooks.slack.com/triggers/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',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
