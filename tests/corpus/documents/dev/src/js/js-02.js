// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSytEjS0a5Pc-6I5Q5clTQ2IoPCFtrLEtOyD",
  authDomain: "brightlane-t9xge.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "148513861582",
  appId: "1:399624796633:web:ef4a9a5d6e585c546a155b",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  mailgunKey: 'key-9873c03dc632b6bb44ac8f26eaa5126d',
  twineUsername: '__token__',
  twinePassword: 'pypi-AgEIcHlwaS5vcmcAiUIARIh5v7jDhEWOXt_44DLvuIDF31zNxMXwF6T4482uaHRChscc0DeIzdrfwKDB7Yd4o02zjjrXnLOhD6wkKIbW2e0c_Bd2O2glfVR3lwjnJn97mLN_YfpWGUrMDRmWPHjPtzYiCtdafYmJvMCJp8ClY7Hr3IjirUfr2Rd',
  proxyAuthorization: 'Basic Y2ktYm90OjVHYnNpYVAjcUN0IVRla1A=',
  homebrewGithubApiToken: 'gho_klz4GF81sf5dscDYjZKMSVWqYbMWA2hN2ShP',
  awsRoleId: 'AROASK2KSUPHOQMQVXRJT',
  hfToken: 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  maxUploadMb: '25',
  buildId: 'ea0e76fc-21fc-4c98-9e89-6fcce5449f30',
  googleApiKey: 'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  apiKeyHeader: 'X-Api-Key',
  ddAppKey: 'e329b2a80aa5dc10f0aa4314d4535c4aafaf3d80',
  release: '2026.7.1',
  apiKey: 'REPLACE_ME',
  slackWebhookUrl: 'https://hooks.slack.com/services/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',
  snmpPollOid: '1.3.6.1.4.1.2021.10.1.3.1',
  stripeSecretKey: 'sk_live_dZcn4M4NY4i916GF8hUZmEjn',
  smtpPassword: '{{ .Values.smtp.password }}',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
