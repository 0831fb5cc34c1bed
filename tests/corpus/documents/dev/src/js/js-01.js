// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyrgjv8EqfqkrDaPnLTOaDm7fWBhEkzUWmK",
  authDomain: "brightlane-xz8bh.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "666192493905",
  appId: "1:768734452994:web:df4a6fd70d8e90498bcba9",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  otelServiceName: 'checkout',
  apiKey: '<your-api-key-here>',
  cacheKey: '50e8f8281658fbadd2f273f490ec226a02983ea82fb1e68e35867412796bc46b',
  shopifyAppSecret: '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',
  mailgunKey: 'key-5a617cce998741a58809e680ac5fe4cd',
  datadogApiKey: '7ffbaf7f0a21a45739b08be3b6f0de5f',
  twilioApiKeySid: 'SK7751608fb6cc6720c187c23b669bc4ca',
  githubToken: 'ghp_nygqnvLwYnKhaoFxLfbGiLsJK3ibzlVetrYS',
  databaseUrl: 'postgres://user:pass@localhost:5432/db',
  ports: '80,443,8080,8443,9090',
  stripeSecretKey: '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',
  googleMapsApiKey: 'AIzaSyp5GXAHV6Bdp9qpsmsbO3gqx7DPmsthIGM',
  openaiApiKey: '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',
  awsUserId: 'AIDAI6RFBRWG3POJICT7F',
  slackAppToken: 'xoxe-1-GYbjWEYI3pHSJRul2xlPSbI5aaVzuJBih3RYQb1Dny7RtjwKFZQZECz7G9hNXlRP9JTp1DjfTH2DpKPTtV11p92nJ6DlcdXomj2WWL13bJQewZumLQYSVJT3Ba3oCubPjh9mPcaaSFt88carPK',
  slackWebhookUrl: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  dbPassword: 'changeme',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
