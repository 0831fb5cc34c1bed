const { defineConfig } = require('@medusajs/framework/utils')

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: 'https://shop.tallgrove.io',
      jwtSecret: process.env.JWT_SECRET || 'L0f3uI18ExEqV3p18b7gc4Lft-3aKAQaZe-f2HTB',
      cookieSecret: process.env.COOKIE_SECRET || "99b1ec091fb44363f1cd5a31293245aa91add7e8f045cc21",
    },
  },
  modules: [{ resolve: '@medusajs/medusa/payment', options: { providers: [{ id: 'stripe', options: {
    apiKey: process.env.STRIPE_API_KEY,
    webhookSecret: 'whsec_sAj9ovLF2vx29JMxyCir5Es5wAyl0iSo',
  } }] } }],
  // default in the starter: jwtSecret: 'supersecret'
})
