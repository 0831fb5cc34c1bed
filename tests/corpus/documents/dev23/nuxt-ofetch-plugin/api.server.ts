// server/plugins/api.server.ts — server-side fetch clients for the Nuxt BFF
import { ofetch } from 'ofetch';

// Public, rendered into the page (reCAPTCHA v3 site key for the contact form)
export const RECAPTCHA_SITE_KEY = '6Lk_dpSXqnfbO4ovGucRLmzQLd-TfBq7mvcdrpfp';

const CMS_TOKEN = process.env.NUXT_CMS_TOKEN ?? '10hilOzM2xz2P1RMvWmdkKUoOHnVtSsizfBu3eIp';

export const cms = ofetch.create({
  baseURL: 'https://cms.arkitektkontoret-vast.se/api',
  onRequest({ options }) {
    options.headers = new Headers(options.headers);
    options.headers.set('Authorization', `Bearer ${CMS_TOKEN}`);
  },
  retry: 1,
});

export const search = ofetch.create({
  baseURL: 'https://search.arkitektkontoret-vast.se/indexes/projects',
  headers: { Authorization: 'Bearer Gk8fRM5H3yl4uAWCM20N0l9A7cAAsmldj2wP-XaiTgk' },
});

export default defineNitroPlugin(() => {
  console.info('[api] clients ready');
});
