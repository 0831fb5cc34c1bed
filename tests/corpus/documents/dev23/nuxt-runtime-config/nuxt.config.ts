// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  devtools: { enabled: false },
  modules: ['@nuxtjs/i18n', '@pinia/nuxt'],
  runtimeConfig: {
    // server only
    mailchimpApiKey: '49b8fb74a6b182e9580fef291231ae01-us21',
    sessionPassword: '141eadd5d364af1a4f85a28778b27124e8fee211230693c623373520e5b1b602',
    public: {
      apiBase: 'https://api.orkesterforeningen.se',
      recaptchaSiteKey: '6Lv0_vRmd-nwaIlBs2pZXwgxlsX7Vs2ScAqU9xIC',
    },
  },
  i18n: { locales: ['sv', 'en'], defaultLocale: 'sv' },
});
