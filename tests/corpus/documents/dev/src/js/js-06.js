// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSylhhovFnKTvxr8nbtd_5f8CMpy16dlg5no",
  authDomain: "brightlane-ulftb.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "214334921539",
  appId: "1:874079658320:web:b13afec40b81190cff538b",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  twilioApiKeySid: 'SKff64fab64b9f2c3336c44c06df542a37',
  partnerJwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzdG9uZS1sZWdhbC5jb20vIiwic3ViIjoiNzcyNjc0NDAyIiwiYXVkIjoib3JkZXJzLXNlcnZpY2UiLCJpYXQiOjE3NDc5NjI4NzYsImV4cCI6MTc0Nzk2NjQ3Niwic2NvcGUiOiJhZG1pbiIsImp0aSI6IjI3OTgwOGJjY2QyMTgxNGYifQ.r5yb48uh7_vYkhxn3toZheWrOcjrMXurY3RmaqqAUyQ',
  azureStorageConnectionString: 'DefaultEndpointsProtocol=https;AccountName=stgnordicgrid;AccountKey=m0lvHigbvb1HU4+VPBCrcZJaZWeYGgPzXuy+ZhL3IWg4e/NeTVlE87aMfRHckoO6i9fbNj8lhPMgURv6I79WwQ==;EndpointSuffix=core.windows.net',
  runnerToken: 'glpat-qSFRbISnieoCnBvmAH-_EPH60oLjLQE.01.7584vklo1',
  stripeSecretKey: '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',
  claudeApiKey: 'sk-ant-api03-9cGTd6r0TbBHi_9XqoO1MbY6TyiUdy07aKRcvgKKZlOT9y_5l5qkxXx9jS5V3UOEQ-ha0zEG-6KZJBwrFrZynJqXChdCEAA',
  ports: '80,443,8080,8443,9090',
  stripeTestKey: 'sk_test_51NCz2ksZoctZ1IF5uEsl4y7m0NCYdh4xmLrUbUtilwCr4UujFovP0jornTX4oe6sMWz5XaYhqven5KLh2cKZv3pvbEMSnlDIHR',
  mailgunKey: 'key-0169e477dfd099444c3870d3f602657b',
  huggingfacehubApiToken: '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',
  datadogApiKey: '90aa3cb477d6b1dc562774f176913f78',
  cacheKey: 'c342d4af0e9b67cd8cc06611f28650bf94257380bdeae687b39ca403b0a7ded4',
  release: '2026.4.20',
  redisPassword: '',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
