// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyjfACAqIGcDrAWJxPeHRKPmgT0IZom1THY",
  authDomain: "brightlane-up7ls.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "590666043035",
  appId: "1:728110711403:web:685a00b08a250761e401f3",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  requestTimeoutMs: '60000',
  nodeAuthToken: 'npm_MHOa0cH3e8ujG0TD7LN7ubjndfoHnGlS1LoU',
  appVersion: '10.7.39.123',
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  dbHost: '192.0.2.21',
  stripeApiKey: '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',
  dbPassword: '${DB_PASSWORD}',
  slackWebhookUrl: 'https://hooks.slack.com/services/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',
  anthropicApiKey: 'sk-ant-admin01-oXfvPS2GSxb1ckj078lNq-yKyLSUGVEZMJwwMR5R0IwvVA7WK2ca8mm2srTlHHzTyhw4L-1iQTjNw2ivTolcD0uTFLAijAA',
  deployKey: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIKCowtAW4jM83kNsVlC1boB9iTB8u0NF50EsDo+8vs2gH/TZMsLFhbvGWowHX3\nraZosywielbCIL6RgmUAAL/xV+gbYu8J6iLIKbVS8Jj0RuwnNrNUP3n91n6XeYyk\nKW0bRY9oP4gMHPPV3RFkCjvtv34dk++owdeMJklEFTvZdZIlrwA1idDRuBeFc07t\nmmgGHcEnx7JbMBNjlmcCJ9eXuGSuHk85+giFw3q2Sc5TiZ9QGxg6em2b+L7/7St6\nLgEE9MvP4+NGPPYo7KaOfyi9qOeLEHoFYPRzb9egcRqyyouvOjgHlk8CiGWq4xfd\n8uspNjrQGVAFPAubnt0irD6F62Ags1aw4b0mOxyfr4jQbxPI+HS/ph8eo1uj8sWW\nz3IW6nJvZhFB56ozAn9198M6YDIDs/3PuJK4QxngoLEI/N/Ogdjmtr/6OM3puPM4\nLm5rMKVyyl2W26O1LIx0q92uwy4KPs1NC8aAS99ps6iST6Vpgv8hMM9xOZDFYyOo\nIkyJkGRuewDa9nTRjToEskSYGPK5mP4o8cAB+YNBUVFaZnKvKLgyal1MAMIPKJGb\nclAs2vSNTifN1eeevadDjuqJ3kXs6jq+gAo4LJnAyqs6vlwtZXzVAqdNsvsQJ7YA\npDPoo3tdr9t95DNd7xYuIgxS76nWwahoX4UzetppxNw5tZByxkf6SCM+KzPaP9Lr\nqjuckS1jebTveJazQF3bIv6d5x3rzzeu+qG8HIkkz/HlIjeSBjNTqnb4ENBPhXVW\nMghIGfRdXmyVM+G3BtwDFqAJFNSSiQFQ1hSl8/1BlhVHGlXFd8HKA+buIU//frJP\nyrhfkXeHNiXJTkLNxNhfM+SRpYgR2IFyISgG29KjyfQnTOdtgyEVReMCSNHzJHlU\nuvuqkDxfvZqLq9ssgHEBOID3s4+cpOTTE1zc0bj7LdS5UryXwVEoP2p0PRMDi1X1\nwuIRQ91F3abifogKUvuNpXpVmw8yYW8P3fiTyftu/doEaSTDstpdvLxVIJ0=\n-----END ENCRYPTED PRIVATE KEY-----',
  shopifyAccessToken: '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',
  ports: '80,443,8080,8443,9090',
  secretKey: 'xxxxxxxxxxxxxxxx',
  huggingFaceHubToken: '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',
  githubToken: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
