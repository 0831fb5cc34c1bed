// https://nuxt.com/docs/api/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  modules: ['@pinia/nuxt'],
  runtimeConfig: {
    // server-only
    cmsPreviewSecret: 'IKvnlAfbHM6PMtLsotTXjVY0EbHSKfSA',
    sessionPassword: 'dLdiadW01CuAbBLN6J6efKkLuhvesVlKu6lEmK_AMlvoYI2x',
    public: {
      cmsSpace: 'an18gzy1yqyv',
      cmsDeliveryToken: process.env.NUXT_PUBLIC_CMS_DELIVERY_TOKEN,
      analyticsId: 'G-AEO3361AGG',
    },
  },
})
