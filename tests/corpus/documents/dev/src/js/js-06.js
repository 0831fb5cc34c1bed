// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyQpYnLNrxoRn7GRDNQkq9g4FYV3jyFeI9G",
  authDomain: "brightlane-f1xfr.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "912919814459",
  appId: "1:583747134303:web:a022cc7036ba7fa621f934",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  pypiApiToken: 'pypi-AgEIcHlwaS5vcmcAiUIARIh9QKtdKW-CxlagQ-XnUGSAuJd6qxweW7aD9W3HfBzjeDPc344UIEWr1M7O1jWl0f2R-W8foULfq9uKksWO48hD_LOE2oVkrQlG5tZ-G8p4IU86vZe9lkv4yaqT6c9yWrV1V9E5v1HpaI2A0QnZADvePw2lAwRL1lT',
  googleApiKey: 'AIzaSydNDLKdS6BA0KqFaKXj-FtmPWYkFSAeT3r',
  secretKey: 'xxxxxxxxxxxxxxxxxxxxxxxx',
  anthropicAdminKey: 'sk-ant-api03-l0TJbO4aaByLuc8ep1c9aTBvoJpmg3ZY8zNcgrXyAlMJJBEKgYRhKC1Azl2HaYBPAAK9lWpvGV66ldBKxkpq5qkmPFJUiAA',
  slackToken: 'xoxb-523382657148-5722030036987-BpCpcZPZ5nuDlhltydwv6wN6',
  mailgunKey: 'key-157ca0986203c17b5cb116d417b17bc9',
  tokenTtlSeconds: '3600',
  dbPassword: 'changeme',
  awsUserId: 'AIDAJKA3B74NA2ZKBKG22',
  ddApiKey: '88686bbc63609874c1ec91b51f948433',
  openaiApiKey: '${{ secrets.OPENAI_API_KEY }}',
  internalApiJwt: 'eyJhbGciOiJSUzI1NiIsImtpZCI6IkNEdGRDMDBWaHlwOWtWOUxIMmhtbTRQaW1ZNyIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzdG9uZS1sZWdhbC5jb20vIiwic3ViIjoiODA2MDUxNjU0IiwiYXVkIjoiYXBpIiwiaWF0IjoxNzE5NjA1NTE0LCJleHAiOjE3MTk2MDY0MTQsInNjb3BlIjoib3BlbmlkIHByb2ZpbGUgZW1haWwiLCJqdGkiOiJhYTg2NGFiNDg1ODEwYTRhIn0.UgmJI3R9AMGRvd9oIPTUBfDXu-Bt9b4L83KJ_Vw7GU1l7mpYhGGC_cWf8ksNJMWyDkTp_nGvndZL_EbRW95Gw3itJAlpddde_Rsa0ql9_pS3uPWVO1g31WQHJZzeS0pX39C8YtQnaZabzJy4TIfIILSSLWysuSPY3DTbKGn0sSEarlwMTtaHoa6dbneBjH91IXFlwiWSKMSrK6rdnj5eoA4YSBp67hcZ71PSlR7MWdpaKPlsTBvEIeQGteRsSWNB53ikkf-0RwhoW8bsZO6KSivTJZWaTgmIKdNJFiRdNMj3UJINeL1mqboWxDhXTkOj3da39Swd10ZMYE_0zB414A',
  rabbitmqUrl: 'amqps://metrics:Db_8nv2jU6C04%24@10.20.4.11:5671/vhost',
  redisPassword: '',
  ddSite: 'datadoghq.eu',
  sendgridApiKey: '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',
  release: '2026.10.20',
  shopifyAdminApiToken: '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',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
