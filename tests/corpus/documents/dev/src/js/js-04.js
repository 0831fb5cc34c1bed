// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyt3qpbFPO9aXxVEcjkwZs-j3p8LP34csXg",
  authDomain: "brightlane-3x4xz.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "230494142003",
  appId: "1:930778520368:web:ce860859d6e447b6a5ccbb",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  anthropicApiKey: 'sk-ant-api03-...',
  demoJwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  kafkaBrokers: 'kafka-0:9092,kafka-1:9092,kafka-2:9092',
  samlSpKey: '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,0CDD61034A78BC61182BCF621B963B38\n\nMIIEowIBAAKCAQEAM6YWBJGgi8apfyiVZx9ksPShJekaGv5ux9Ux28dwkAHZFgKL\netQMUwzT/K0R4Yrj2b2iatUUot14MKG8vAEN6J0Q867/8pSxRjJEJHS/v2XnaNp6\nl0yLUt0AwtQK36ojBfwLR5sGbpjDZJq+j/WjR0idjoO/h4cijjr/W/4s71eSzX+Y\nLBrziGTGzmApsw4qzKWqgNPhAJb6CYXPRV2ieuTv+ljTEwMzUq5zs4JLoVrQJKFh\nBokPWloZr35/1D69W1AwYeyx7RcjvnRmLYOH85E7QQvAjt2y3nDgNab5o2tL1rxH\nPGDh7MDgBdWa9wqCbC+/7FY7FHmm4KeBm6bpr1/md1TpSvDkpbYkMDX0ar5nDblP\nX4l1Ps40/6BucliMyX0Ngt1zA0lGUlm5TB6Y6nNvv5UwabowohFEzPUvc4sTQrs6\nNxmYKNDPDc9ohRFowuKTKz5kniJltEYFnYwAlX5qlr9wSqQA6ytSB0Anjc5Nshix\nePfMx60s+yuYjMNwAggIDEl2Xr6HDifzfTmo/XQtwLMVx/2wMCTbDKSUngH2t8/u\nUw7Mx2Y1RMsYqZWxgBK0ivHS9VhcgPRgj/gKRq1fMa4W+Bdfxa53o0PRnv4dO3ts\nrKr7Rc9rJTUvXcCUQ0xaco1tBSb3rPFaMoblmvAn9KBsjzfp28am/EVhKDwMw6+b\n14NFihEEnnL0PM7QwTBFQXqi0NXZSu1yG78mJpC4YdhQUpSJRCc2IwRVVeqOpFk6\nZ+c/NFaK8lCLOKbViaNaVxPd6iBbUk+esmUEOjOWM7+i5Cj7EIKRgCB7VR5p4Ymk\nS2MfQivSFOCnCJFKfvFsQvlmATHlHnIDB81L/yKqL5nOvXYf0CVvynXY+HC56ViT\nSJnwTqFXDxG0LJ5c3/fvHqIqPG1hiK9mv8+XjIc765uNslT8VwSZIqX1QrIVAPNL\n0Fg5W1NtRA0hW8c8DVzJgHYdPYVjn8mWaa2QUgnGaBpREhemTD5jnGp3cblusIOv\nAYu6lGpB4nH6/0Q7YTBSqAhxdqLGmHOJ8jZZzHtA4HjELJKU15esaw8mK1CR3BTj\n8G27tNeXSTjJM6mZ4Lbw2T+YXw9mmxWil3Pe53iUVvBkh3EVPksoR0qNsOoNOz0r\n8gAAAfltxVz3vXehEsNpInKERIQ9j/KkQ4FMUZ1O7/ywvyoMi0dHP0piR81pkIzb\ndSy7NSuoE/OHav6IHSKcY0bymitgth+7rmnrcsGLjGuVtWYIyPMYkehasEuUgiFU\nTrAVAHzwGW0VrsCAh6dXpcDOF/ANp0XYz4uLDkwJRP9xra9t/rT1E4YNZR7IaGsa\nbg4bKu/47jONZRlALi77c58w3jQZFCPvGqR7qLUuNNznJ83m/lm+NEyUxSOOlohx\nVXWzN6iBwzElOKV0KQSRRO05x8wCXIV8N4Onw+iBKqpd3BNMYzzRLEyw6bW8Tt39\nUYGrdNdhZfpUss09N98utDys+GFRR2wMGQcepOZDhuQOo4PJ5q0Vu7hb5uRDEbJL\nzTyh1q9rJdpRHJynUXV4NHCAALOljZcnjTraqTPmAtG1EP+D2xiGyA==\n-----END RSA PRIVATE KEY-----',
  gitAuthToken: 'ghr_9wYExeb0R8uSus4Lm60wxa6bdLQpVDrtt3fN',
  openaiKey: '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',
  npmToken: 'npm_40nLQjE2gxr6ypc9iH287GczYLUJJVDZPkgq',
  postgresPassword: '<redacted>',
  shopifyAppSecret: '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',
  secretKey: 'xxxxxxxxxxxxxxxxxxxxxxxx',
  gitlabToken: 'glpat-shP9INfYDcw_1aYxNg2v',
  proxyAuthorization: 'Basic Y3JtX3N5bmM6U3RnX0V0WGRJS3cxeGYj',
  adminPassword: '********',
  slackConfigToken: 'xoxe.xoxb-1-QMQ5kc4huRPTPkWgBIndm2HEVlXQgF4jybHj0eHv9qPRzH6jbZk7rwUZnr361KBiuCpdICaI00dcHiRXQxmd9wH5DMT3fH9HCoLzZ4FzANl96R9PIPSsQyBHMF8ScofDc6WtJqUWQqASJkR07TMoqUWKwz2oNCd1e3sT',
  ddTraceId: '1292587527388252552',
  stripeSecretKey: 'sk_live_EApClcMeupOaVsvIXa1Drj7I',
  ddSite: 'datadoghq.eu',
  requestTimeoutMs: '60000',
  twilioAccountSid: 'AC45a223f260dee52059d24d8703451e76',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
