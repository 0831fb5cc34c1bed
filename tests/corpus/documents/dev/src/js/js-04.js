// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyp9maTIRr_ZjvsctnkOe3RTDUCeZqVngFF",
  authDomain: "brightlane-wyvwj.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "414521489387",
  appId: "1:931842506611:web:8263c4fbaf51cfbb137c1f",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  awsUserId: 'AIDA3OFXGFVC6QN7RDETM',
  redisPassword: '',
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  allowedHosts: 'api.internal,localhost',
  openaiKey: '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',
  tokenTtlSeconds: '3600',
  npmToken: 'npm_s1TI9CTVJ9NlkRjWSwqnwFCdnoa2Ed0tWec6',
  databaseUrl: 'postgresql://app:${DB_PASSWORD}@db:5432/app',
  buildId: '35b57c90-1571-484b-afe6-531726a82ab6',
  snmpPollOid: '1.3.6.1.4.1.2021.10.1.3.1',
  jwtPrivateKey: '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIGxO+RGUtypzCaFzNLoDhqZd2S+I2lD8VLiKDu9GJlN3oAoGCCqGSM49\nAwEHoUQDQgATQt7aLmSv6tzZ5pSoYqty9c2V++qBrY4AQYnzkM2mJNDhQq1U3XdE\nznVgF0bGGEHYuNBWGJ2RgGhH8RTj0oqZ/w==\n-----END EC PRIVATE KEY-----',
  serviceJwt: 'eyJhbGciOiJFUzI1NiIsImtpZCI6IjdRY3YwZ1ZLNV9GNmdLbnRvOVRsMm1kbXI3bSIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguaGVsaW8tY2xvdWQuZmkvIiwic3ViIjoiNjkwNjg1MzEyIiwiYXVkIjoib3JkZXJzLXNlcnZpY2UiLCJpYXQiOjE3MTkzNTkyNzgsImV4cCI6MTcxOTM2Mjg3OCwic2NvcGUiOiJhZG1pbiIsImp0aSI6IjUyNDE3YWM4OTYxN2YxY2UifQ.ojW_zOpTrdFqYDh6BLaUPy0vXRvJaMInRTG2fiQ5tURSeXckDN0eKglxCciSy3YWgLc55MNG1dQzVC-veZWDYg',
  alertmanagerSlackUrl: 'https://hooks.slack.com/triggers/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',
  huggingFaceHubToken: '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',
  ddApiKey: 'a9628f461900ce3df873ecdd34098714',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
