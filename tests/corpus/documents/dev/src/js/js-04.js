// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyEWtep21AqFSMmvHHKBAO6G7MBaqJicbit",
  authDomain: "brightlane-6nlph.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "818499268222",
  appId: "1:466504984220:web:369ff4d323e50e43de352b",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  slackWebhookUrl: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  dbPassword: '${DB_PASSWORD}',
  assetSig: 'TtStqW/ITTCv+Hi6WFepAIzaSy4spBcn00OPXpdqUmt49bva8vWw5RjRbqkKoP/GfQO7bZzhSZ+92VkKbpEDBvvHy',
  cacheTtlSeconds: '300',
  apiKeyHeader: 'X-Api-Key',
  slackRefreshToken: 'xoxa-2-949636337834-770801437128-742020520368-e6531726a82ab69a07738ec2767d69cf',
  ddAppKey: '5c221608af8b74cb28e3702a8b330ff81f47563d',
  stripeKey: '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',
  twineUsername: '__token__',
  twinePassword: 'pypi-AgEIcHlwaS5vcmcAiUIARIhSvfzgkoqV54H-WbjXOFnFS0TqgUdA_686tnx2wraeNE4hcftgNUNYUZqTD0iM2LDA6eZ3ajEkO2DJpaeR8YnrGfLLkW_0eFN1CyX7GVcLcqIoSjgBdwmfLrOkhHfF4Zlpza7BKw4wKM0-wDFWHZUQfn2qcNwZz47pvjK8v_D77KeEyglH_oUAaGR9vXGCVNgVx6I3KEx9uusB5kUCf6nAiWr2yn14TjQA80',
  apiKey: '<your-api-key-here>',
  stripeTestKey: 'sk_test_51hIl1ag99UbqjBD1aYlBKxaFYGLzGTQlxv4prtInKKbdTE5R2YJYn3dOddi4K7gpmMe6y3frvUf6ec4w9ednFQRWRcVPhf0WWE',
  anthropicAdminKey: 'sk-ant-api03-0e3mUBUmQzLN9KT3tOncYD7AWY58jJtAV_Pt4wYaTjCw3Ya5mDUYWzYsl9KL0Hw20RSue41VeyVOJjEJRpAuNzpu78ZJFAA',
  serviceJwt: 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImRKd2tOZ0JHYnBPTktZSUJXbFRzSzdzbWVKTCIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgucXVhcnR6c29mdC5mci8iLCJzdWIiOiIzMTMyMDkxNDMiLCJhdWQiOiJodHRwczovL2FwaS5tZXJpZGlhbi1wYXkuZXUiLCJpYXQiOjE3NjM0NjEyODEsImV4cCI6MTc2MzQ2NDg4MSwic2NvcGUiOiJyZWFkOm9yZGVycyB3cml0ZTpvcmRlcnMiLCJqdGkiOiI2YmJlZmY2Mjg5ZTAwYWU4In0.HPWWBchtb3u1hiG0sYENtQ9c14K8wKMxtY6S5bX5FHwqdGQ5VCdcGbI3y0m0VRnk7mEmPn6anvQziwRI_bFsXg',
  port: '8000',
  mailgunApiKey: 'key-e754e6d0c201ed6e0aa84ce1813e6e5e',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
