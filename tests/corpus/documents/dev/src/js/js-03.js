// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSy6DwAZleyX9UIWOukuF810iUAoosSkE45r",
  authDomain: "brightlane-gfs3i.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "686491723041",
  appId: "1:853796146818:web:01419688875cdd3baf5a39",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  partnerJwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgucml2ZXJzdG9uZS1sZWdhbC5jb20vIiwic3ViIjoiMTgyNTMwMzI3IiwiYXVkIjoib3JkZXJzLXNlcnZpY2UiLCJpYXQiOjE3Mzk3OTgwNjgsImV4cCI6MTczOTc5ODM2OCwic2NvcGUiOiJyZWFkOm9yZGVycyB3cml0ZTpvcmRlcnMiLCJqdGkiOiIxYjQ0MmNkNGViMGM0Y2ViIn0.ywfW3A9SveVx5akH3bQBb36TZxVAyPpTYPGys6C7bME',
  tokenTtlSeconds: '3600',
  stripeTestKey: 'sk_test_51Lcb5m4WbVpRINlzSOzcIePQ99IgQRE4uTcRBFR4mEUatqrbqayxV0CjzO2VqeFu5KqElYOqHQrVdFR0sZLpke1hmM1Ho96r3Y',
  geminiApiKey: 'AIzaSyABrS9Cu_7KSVooQUyY66J63NLgo4ry54W',
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  npmToken: 'npm_AY8zhjpwUTuqZE68N9fKJBnYX701UwY1NcD4',
  twineUsername: '__token__',
  twinePassword: 'pypi-AgEIcHlwaS5vcmcAiUIARIhwhaqORhMjhi_ZL38YRiz0y5__KEIbUja-6t9YTrzXRH6pJWej3C-BQ5c0QiTHGLN_i_rLXQPje5ePewogBp_xVpALLuRxSnEq93hBzrzpQiE_ZZsJUCGGPHhEazn33X4PpIbr5WJI44ejekhyv9wICKkfsSYKrND8pGGOoPR-PJijmDrCxtjfH2Sw40Ox5sjqjUetG6f',
  adminPassword: '********',
  sendgridApiKey: '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',
  secretKey: 'xxxxxxxxxxxxxxxx',
  assetSig: 'KvCwNShYWQTFjBCETDd8AIzaSy0AWLuqc9RDfSnqc2fyJgO0Txklf7UpWmvI5To4H5Vv6H70BvGH1kzXA0g2VL7vt',
  ddAppKey: '077ca50ce3d39dd4ec1264dfd49e0cd187b9c7dd',
  shopifyAppSecret: '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',
  slackToken: 'xoxr-50418392101-4JJUs0DFPHbkTQfpsUskCIynOCAjpW',
  dbUser: 'ci-bot',
  stripeRestrictedKey: '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',
  googleApiKey: 'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  tlsKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAjvw3nDi6sbvBs6yvaLBvZlb/CBrpuINb6JSN9x75p4ieZtqE\nNl/qMAg1QbsJSKBjpWu3kBhDyOaT09jlKKlcX16DL53XCehksGNf3oZxceG8PDqN\ndybjdJbgBXI/Y8OivetCcEIYqBXHPuIgSgIWEahIvYy/2jJ4rQzgAZyHZy2cN2Iv\npFqH/AfC74GxJRBOTolVDcyJAkmPV401HkydiSGSPil32NXrCR9Af0zFG9/CQSvm\n4sppbhnNAbpmBLH2r5dq+qdUF1FSF7bqFNP03nI/CnHNCJDxZb1c/Vbbp55AH+9G\nTe6BeGLcczppw/iACFpP4ne4S4zF6Onf1MCQkFCQxqsAZhpI37jAYOxKXbBbOry9\nyiBV0S0i86AS16AAsUqZr/QAunR4gCiH9iYJGuIkpvnO9tuuA1osRjX+haS4u9XC\n00FamFO0lO85ktFrHDljx6AnWSRLOB8oU0zN3j69/HQRurvo/IMLGIMT0TM9YykP\nksVyTKGSR2/ysT1uCXJQ9iPImFsenDpeRkvqJxk95XDZQ2YeYMzw2qbMdcsXJSVi\nLyXM6fabZrsHlsmWNhd4XTwkkpFDQlCdYO6rgtaiLeOwUiCCibyn4AzMX67dSrJ3\n4CzEbL8X5ggRW68nVqu/URCoO5+i8cqczPK4KyVxVjKjsYEBG+H1PPbaWjaxY8zD\np8vhUbmzQB6JI8oahOC1c2uaDARYQbG9BPov4JZEXj+wWPA+2jGf1VArbBR3X7T8\nznb+MKtmnwrYGFDIqK2dAfn5UGixolhd7PS4aHNd3dzMgovtXY8/DaKnu6AeJ9DZ\nj4h5q8J+5CRaoIQmmwDkQpNea+ZoTItF75El47bPHVZK3gDLGOyUGVutNcUp11Wf\n7JBiwttKX6vzw4MVBaiDUNCl1Dzd5mFxLOZn7eUk6X3o3YUwMsIdhy8+sHhfkiZC\nJFpiWAwB6F7DKpik1hZF4dzd/qMX4IcNIRIJ1FcC/7IDGSq+tFkdNUbAtQd/G4SO\nKAKj6KRRUO26f/9Q//WnN6tR0sDpgQ+8RDu6izRZXj0yTGDqZDJYhXwZVFCz2c0P\n1Ps2MIkQXc5X5kEEzbL+FpbUIFz6G3LI9xGX5Y7dQaNEyF4RdHsHuo29R81GdDaY\nLNhCIvGwmDEgLARt/wkM8dgVFc75xROrCUgyyKaxWncuZUk4YqhJ3U/pb5brTuxw\n+jz2vQeTWQ/mL2C7lmdpSCrvMG+b1McE7Y+C5D16Xe0qTiPSL4FSQwtfH9C2pWsS\n+8g4rnPVGqiqFWSW1Q06f5Zbv+72mreN0YvuIPs9PgSY1+5bayT2RgNL+XPhgYNY\nHZoj1OfqdCvwqW4Ihx8yzv/2dM0oIJV8mRPDMWbQMjVEV6/u7NAAe8ZUWPSTBL8f\nQS1IdfxhUkIBn6qDRLM7swLdB4pSnKvdKJNGWDEELCr4vK3IYVd3dcipTdHoJRqW\nvElY2En97D9Allc8Zi3qFtry/3NjGn19NiCbQCnFgA3npc08CKFkY/aOisPpxqSV\nEmjGdWXxgOkTJ+Xr0TM+L93INo2kEpsgNOdLsW+a7T0FXIa7QkThgA==\n-----END RSA PRIVATE KEY-----',
  buildId: '85570d99-6276-458e-96f3-9feb27fbfbb0',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
