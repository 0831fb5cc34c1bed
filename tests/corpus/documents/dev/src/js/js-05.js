// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyxX8uREYs-R08H7zaRzqUTN_6mSrNxgXB8",
  authDomain: "brightlane-dpt4k.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "545864597669",
  appId: "1:881641069936:web:40d5d34afbc8c792a54f98",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  googleMapsApiKey: 'AIzaSyQFOVvl_jGR5rYl0s5tRho4Dt5bhBwz4NF',
  proxyAuthorization: 'Basic Z3JhZmFuYTphR3BqQXJXWVZPZTQydVE2cm43',
  smtpPassword: '{{ .Values.smtp.password }}',
  openaiApiKey: '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',
  tz: 'Europe/Berlin',
  mgApiKey: 'key-a629ffd5d049fd29a409451eb4725ba9',
  npmToken: 'npm_fccJiz2PgF78zh1LZfbCuWDLu0E9guiyRDtX',
  tlsKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEATQRjFxFtkV9IKXfzc0JM/CgmY/CiTHV3lCyOBqOAZ5vJEi11\n7jZnGfsWFUEtbu+dxmxGu3/PemeIeQOA/hVSVBtROOM4dbvPUgxMNIyUGtIxSQUy\nw7a6BMTC50QgIpzjIeZu93axPkrH1LZP/mivUD2qU2t43FKGeqjx+WjX0ENGb6zL\nvgEztu+EFZmNsTEHrNCtmpMvXdgtamy+AnN1tluq0Ciusa2vLibW+bDTBPdnlrsU\nCLNFJR9Y7qMkkCYWMJVfpClf66PdOO5M8pwl/kTOpHlFssowQOCXXebxwe3fu8Pm\n84YcaAttKODGOmnjtoJV/nJ0juwLazB/uta8safKF+mZaMMNVxz/C7TXs9BD9GC+\nPDgJ4wxpXZoJfKL1zbOHv5UEi14GLgPTpL5uepcGfLFL6xsGHQWxU28tskyQrBkh\n0NPzDI7FCwrUexm+k7fSsa8GzCp5Wh98cJVREknfP5f/9jV6wnGLdq70ESmVBAJu\ngIWblxI8qlXUCaoWmCEjTVBCwgPesBHTOIxnh75BzdHEJ4c12S+oNiOhlhaAfYSL\nBLooSdTTlyMAl+buJRVeRX0Cv8BE7CXg0MQeuq2hLiOALDN69oUAZq3fyeVfmjSH\n2vdXGqp7BUyIK2xYzKRsg1E3vD7OS9IvShX0P4RxZRJbjOTOFYQ602TpkZ1cEFrh\njnYYhIWR4I7f5RSNji9zcolOP9mwO4pSZLp/I0zupXwwKnJBR4pkaJbrbZGRFZKn\ngOyTLrG1HHy+NqxBuVAMKl1SJbgF4qXidyppoT9uJtPEO4skq2FL/8wMsnWefFwY\nIgI/ht/rD7fctSdvJV4BORS9dbPSGt2vg+AseLCctGBnu3zGquPCcfY3B/jsUV6+\nsDGXdX/BUJiyQauMlfZSoJBAKnBs9bWCFoeBO8c/GNO7sJtZ+w3mf5IB8o5KPLhc\nxmBiw5S/Dzfx+aDeQeTTvx5/vVz4QEokjVN2wbhjsRV/1up2jp1IbAV8j1FmdzzY\ncgLYlAG0xAFZsjWtNBqeH9qQcmy+ww7UFtBfJgByyz/r/crxKqPwzm24om+tn6Cf\nfjFzjznPnEEKFi7f9sm9nhSwsdLUvuFTrXFEQLleJPzZ3i9nUmV0cx4yHYa4cxr2\nKw+K1PsgK84kILfhohPAvMo5brzklJYMtWp7ucgVykLgFt3X99zMxzX3twMSzafh\nPvBaGLjigUgCGKDoyl3AP5LBfjpOXdHyjgxrQQhzgmhfY/Dr1rTvgnk7g39jP8ZG\nrKLCEebdsUgURNdC8M01yRK5GFnFWWrnlfQERc0wKYwiaB32GGeGsOvAQVlwbwQb\nSinu7nvK6Y3cDKEqxIbp1p58rPe/RA0F0fSXfFr5JJRrtxTEnC03OhACvoH7r72Y\nGvEqlA2EnyUI/uhPqDgoBsNUWAPjfudr6BmPDHDnTAyHFqg6WM37eE5nq/ErgCYR\nueCpJIQ/tgkhVVZaQRdmpCY2N5hhcGKEQ3V9IM612B8mAlLBlxH1ZKsn79+3gjBc\ns45nYG/kiy1+sX/b/Z1r29+pSj7/QqfoJXRWggUFPq99rTAXpkx4eg==\n-----END RSA PRIVATE KEY-----',
  twilioAccountSid: 'ACc282df825d02908d06b6cc181c1e1c5d',
  twilioAuthToken: '9a68e7152d757ab38b1592b03684a563',
  huggingfacehubApiToken: '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',
  tokenTtlSeconds: '3600',
  appVersion: '10.3.27.21',
  azureStorageConnectionString: 'DefaultEndpointsProtocol=https;AccountName=stgnordicgrid;AccountKey=+mmmPrioynD9cEzuv/WcHPjSIQ9IHkQ/EbpfboQXFffoGgqrdXMPd0UXHaD6TfKd7urUbomYENWH70v95GK73g==;EndpointSuffix=core.windows.net',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
