// config/production.js
'use strict';

const firebaseConfig = {
  apiKey: "AIzaSy9GXG5ARY3FiHK_xZd4RK1l9iqXx83J504",
  authDomain: "brightlane-ilj64.firebaseapp.com",
  projectId: "brightlane-prod",
  storageBucket: "brightlane-prod.appspot.com",
  messagingSenderId: "504331667051",
  appId: "1:400980844693:web:2f0075dc79f983149177a7",
};

// sample config from the Firebase docs, kept for the tests
const sampleConfig = { apiKey: "AIzaSyDOCAbC123dEf456GhI789jKl012-MnO", projectId: "my-project" };

module.exports = {
  dbPassword: 'changeme',
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  openaiApiKey: 'sk-...',
  ports: '80,443,8080,8443,9090',
  anthropicApiKey: 'sk-ant-api03-...',
  sshPrivateKey: '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,D8C21440422474F76BF1E5A354B27F39\n\nMIIEowIBAAKCAQEAjgrqWYi4TWY9WbMtsrJ5H/QDxdowhOYRUqv50ifSQJksBGFh\n2tWZR1VihCMO11TWqCvft+8WlZVkYgrWhSSuwNdWlA6kC6fGhvE1rjjPfzsjjOMM\ndmuXV8zoSI+c5OVRMagDRDmQKfddlv1XSWmaMsZSBY3+0gB0tWPxe3O9deSAdGx9\n7ndB7CyqhJhHPQ4orA+a++tYKhzsmC9UBq/jEyI3SiukPmwlQycjo9xWSRBXrfNj\nLvepHaRy7dUOeg64KMNAJEEAm184xkGGGoGAVPStMDBfcF/41uDX+s6Gw35Eb1oo\nW9/PmEqJZV9CJa2ZD9H4dVmAdYPrmpZcf4CECk3/+BWU0cqrOVt4dvh2MWuHS574\n9wf3AnKYA9UMJinFw1SHAEXGS+mTGeVKBqg7l4aPEZSz7+yNOUOTmPsBzec6y20z\nhYfLLiDPe9AlpqvWh/Ze2hz9mr1psmL9pVcaMyMWmfS4K0e+xZLizdLSsoF/w1+X\nxDUcZCvm19+Nxp0NCzuWbGbjFhDUMktafy+4jDvX86TLn9DEYOAxNsznokYujSy3\nDAGGKsOn6lKDDBNDZjaGAODY0J7ccLRZwj9xIbCRSJUkb/o1s1YtW/CNfDch0ubs\nYTmcwNRhRm3+6dJLqMYJfnnDOMdAgizFCX+o10rjWU60BeSw5viaIIswuIzQLfc6\n2wC6CLQj0bVNeQWknJjzdlrvK7fwK2TJXmyoSWHibF941XzT7Zp9ppmDu3vco7IL\nOyElr5pMxYOsP/6HvJ6bmdO6yhQzaawMw562tYDWoQxiLdU+H6dvKiRkIRV2jT2F\n/YJ2IS4BQOArvHtRcpm2nxJKWqtKmYGWnHJ8OcTbq3h9wDndHEV+yy+PsS3hAqus\n6FmfOYZGG6WAr1Wmp79YVuyvfr4IZHNu05vmgil/3zqUPd62507XIAAQhu2gYWw2\nmQL9iJcekEtWt+WsOq4O1DrmlsukbpbZ3KFMk1d8pUWWM+RQjtnDK9hU/YfUS3YR\n1GytxhiF7Lyz769LlLhWE4f8990PZEvSuz5fhMRaWhrk6LfTYt6FYagI2t26sFI/\nspC03AZIb66mkaF2wmIgCzvqSEzbHjCE8jWc6PL7jxeTKQSUS84Irpb6aSRQKQJC\n3pREDpLLloNK/2Gyt2/+VKiOFeMMmnGxDj9fC/IaOd/5vbWiflYooSSSE0lQTitF\nrVhu3DOFFApx9znCVuAINc08xcGbQwp1j0S1DFLxQQw9uf0sJd05qjvuKTpRkSxQ\nR2qvD9rh/4Y8Z8Vxr65oO5qOWq634YIncTTyIyxaHNlLqqEJvxOs49h3L7U5d3pO\nGtYBy0nyrglYeRGnrdDc8850MXL697PltuqDHNELvLL3+AlRW8SthZ7w4gdsnfxQ\nLGu5G/9/NV+yycy86InXzIIHiK42fxlF1Ouwrx9d6NfsIAspS0T6GnXUNVzc1XuE\npj2SP0lkqmoYAjf53Ha0iDwUAuIYL0jrixOb2+j81uLtTXaPCOlzAbX4L48lT0fJ\nj2k4nIxR/UQvtHyQPqTcvAMnQbIbFg9wRvOsbcyL0V79IopDTLBV+g==\n-----END RSA PRIVATE KEY-----',
  googleApiKey: 'AIzaSy5f20VS4LnOM05EcDgQML8MReLB6opCLFA',
  twilioAccountSid: 'ACf2cee5dbe2effbf6b56e0bf672e40942',
  twilioAuthToken: '5284fc9efdcf76ea7d03b9940e73c8e8',
  hfToken: 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  glDeployToken: 'glpat-sBjmwFbMDZFH3s_DBrNK',
  smtpUser: 'apikey',
  smtpPassword: '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',
  claudeApiKey: 'sk-ant-admin01-ysfiOTqdOHaZ1CaLHhsB9Ki5E3VYTmXURtHy80cLYb8PPcuIpnZJiD3twzu4V4CBcRX8XECQFuUXU0hfzr72CvPtKsj3EAA',
  cacheTtlSeconds: '300',
  llmApiKey: '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',
  partnerJwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguZmpvcmRsaW5lLXNoaXBwaW5nLm5vLyIsInN1YiI6IjY5MzcyNDM1IiwiYXVkIjoiaHR0cHM6Ly9hcGkuaGFsY3lvbmhlYWx0aC5jby51ayIsImlhdCI6MTcyNDk2ODgwNCwiZXhwIjoxNzI0OTcyNDA0LCJzY29wZSI6InJlYWQ6b3JkZXJzIHdyaXRlOm9yZGVycyIsImp0aSI6IjMzYjlmZGMxMTNkMWRiMDUifQ.LeYi5ADCmHTyTeqEaZe8khB_rfylwvUsbAFdpL2SO0o',
  stripeTestKey: 'sk_test_51yGnPyKiSdJJjF3LMEMHiiDCX61DQhBkeIK8h93c9MWlUKkF8dETOLB1gFixYSWY8EjEDoAXOevxIOqj9bqWGrF0fpvQtGDPHG',
  datadogApiKey: 'a53e0528eeaa08a1cc8e716f0e84bd5a',
  mgApiKey: 'key-d558c4313b6c1987662b7b3a63a07505',
  githubToken: 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  port: process.env.PORT || 3000,
  password: process.env.DB_PASSWORD,
  stripe: require('stripe')(process.env.STRIPE_SECRET_KEY),
};

async function callApi(token) {
  return fetch('https://api.brightlane.io/v1/orders', { headers: { Authorization: `Bearer ${token}` } });
}
