// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSyT5-JvSvVFYMF1dDBUZB9UkXXLdpQmNgRj",
  authDomain: "brightlane-bra9b.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "271068766838",
  appId: "1:842486357914:web:6f337a6a6ba236f8b2430b",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  nodeAuthToken: 'npm_7ZDkupeQAMWe5cFTHa2Hu71EttEzsk9DQmIw',
  googleApiKey: 'AIzaSy-Rasg0Ub_U-dW9QGpffEIczWjqDLOhZGr',
  stripeRestrictedKey: 'sk_live_VxSBcNrsFsVwVg688a3JzPEi',
  slackToken: 'xoxe-1-ZJhhwlHH2vE0yxWxqnWJtiDn3SpJs0kIDBwifKFVil1ez02UwKxtoX5cSmAKMRgiowpLH7HGfJJncsjGLDXcs3pNyA3s4tAjgHbLF4t0l239xMRyhYsHWa8axKyfNHyWRoS24B92LU0IHCWnvD',
  dbName: 'orders',
  ddSite: 'datadoghq.eu',
  hfToken: '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',
  tlsKey: '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,3B19DAD62F3E512C704E01EFA35DBA08\n\nMIIEowIBAAKCAQEA7v13C/7CoEfegP5rSXuII7hC6Y/QZy9ZjA3SIMx4bcjQKMgq\nWLn8pJLLS7EkUgw7kpGaMgWCyjRPFz2UdvlRypYlGTVnNEf4MPG1MCMqYwX3BIDq\nEBvS9BjhWwQxDRAQ7V8Sgs+s1g0vFFaQrHK1RTOyoEc3jzj2SbDUPO3xTkcSqnYG\nM4HIRMyfVCl36XXDzVx8aHKy3OU/BUK9i0Xs3x7kglmpaHbV46ccpvXUV28zfIhy\n7iX98pFPHld8ftc5eydeCFvSafwQd2h+sZ5RLiqNZnsP0NKPgXD1/QRpIxuERx1Q\n98EgQ52fcKsOUzNCL8UB7DxUNQwrULWPVtjRU1iAAUrB/iUcWjmt3/XjNyewD5U1\nZFpiAgiHRWXcZiDezY3e6XScTZ1yEC9OTdi/YoD/zVv1FHyZSvGixikYQ4pXlM6l\nrDp4oQfzzlm0h8dLxoLesyA3Gu3fDFQO3yiAsxbUFIG48FXjTpWAn2VIkX/Kv9Vj\nohfrQrTf++J/cfLj8H5u1vYL0IZNU9YcxtWFzprCLs/O9uk1nJtOHm82hgrQmqa+\n5o0Xu0ztPYiDSCQ40Zuv8OoO8Z+gIhnyPh8qRtHsFA9Q+51gcpJMZ8zx6I8mmMgu\nPjhUcHKmyUUc+EWpeeIq8p/x4ooe3L2vggs26rBxC3pxXkAEslYxrDcjvf5e09Wx\nkpNOvjRMRZb1dP65I9zKjts/j0ZWSSmF6xenAJnzPD+e25ZaBN4TVXWyQ7fAz6Yr\nZ4xSipAIoyuOQ1hhENGdtBy8g6RIC5RNok+dnmkJOUh8YWYMigOF+2ggtmNWQ7iV\n8rK7lhWB30n1qUdNjCaOHlL0IKdfkQY9sxou874yhqFsKZOzxU8fCdUK8k9Hehnj\neUPEy7MDSqVuiB494eaf09DAA4gm7R6qROi815FAtLJ4PzP3jYu6amKZcvdi1B1Q\nbjnNsHcneo5lqPwGLC+AkH/8O181EmCGyIV6ZclrD6xUKs52RFMIlXxrWa+nppom\nv5Ak/zD0QUC7A09cu1lwbFJyHxfPS5iolpw44bc4fsy0tN+wo8whTvtnRHoIQIxw\nYPlT6PS4MgEziNmmiZbv63J0GGKRtY3mrwU70+2okQLOGQ5/974jKMSmVasDZpzq\nsb64Nj8sM9YRsf6rocWID4R5riWgn45ZPJWin1gnFpYDemdZXi2jGQ03zgzkI19L\na+D/rGSjX7+5AVkdrGjRvW18jkbhVSlWx/JBgw3q/DAczeAMZW3kuYQlgz0YMcNp\nkcDJQZqsZ4SCZDOlSsHsx1JPZ0vCyx2uvChUdKfFH1nzvcjQelT3TrZxE/HufM5i\nw2z7+Tj/5Is0GzuG7EmUqyG7JkmxdByNgIYyTKJvGIEyYzrsmJVq8eEKVUog9I8p\nTBan/fEClfO0VBPnRRCNPj0/LujpeWYTXE6Yry6MBnjbxZTZeizsini3QbGqnJ2Q\ntsGQQWX7lZnbnCa4XqoaUjDqhnpj+fdPVT7gMQ/2PTV2JXEz1ilpLeHcPT5MZrPw\nuKhQ9z177CgIsN5IhflsoQTqFXcKeydoyCbHIs0tyHUa4BakI96Iyg==\n-----END RSA PRIVATE KEY-----',
  awsAccessKeyId: 'AKIACDKUW5I2KZGCQU4Q',
  awsSecretAccessKey: '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',
  authHeader: 'Basic amVua2luczpTdGdfcjlLNGdURW9VRSU=',
  smtpPassword: '{{ .Values.smtp.password }}',
  shopifyAdminApiToken: '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',
  cacheKey: '98c954d36657b43b89314b235163d94322789afca9adf15d335f888b11c3cf92',
  gitlabToken: 'gldt-zrEj7om7qEHin_3NIeoF',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
