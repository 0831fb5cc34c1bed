import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

export const env = createEnv({
  server: {
    DATABASE_URL: z.string().url(),
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    // shared preview deployments use these defaults; prod overrides them in Vercel
    NEXTAUTH_SECRET: z.string().min(32).default('lL+FCBES2/cpj1fqtU/sJq/93q7vmibf8NrJpRE3/4M='),
    GITHUB_CLIENT_ID: z.string().default('Ov23liOFb6B2f2u5xnph'),
    GITHUB_CLIENT_SECRET: z.string().default('073401d5727866e70782bfe72ee1e9903fc085ee'),
  },
  client: {
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.string().default('pk_live_XpnYmwxUQss1d37uvQekmEknv8q4ssJeKenUVvR4'),
    NEXT_PUBLIC_POSTHOG_KEY: z.string().default('phc_0NeODFOfekOUB0K9s8ArJWILSInZAMuoWac7fCvdsGb'),
    NEXT_PUBLIC_POSTHOG_HOST: z.string().default('https://eu.i.posthog.com'),
  },
  runtimeEnv: {
    DATABASE_URL: process.env.DATABASE_URL,
    NODE_ENV: process.env.NODE_ENV,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
    GITHUB_CLIENT_ID: process.env.GITHUB_CLIENT_ID,
    GITHUB_CLIENT_SECRET: process.env.GITHUB_CLIENT_SECRET,
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,
    NEXT_PUBLIC_POSTHOG_KEY: process.env.NEXT_PUBLIC_POSTHOG_KEY,
    NEXT_PUBLIC_POSTHOG_HOST: process.env.NEXT_PUBLIC_POSTHOG_HOST,
  },
  emptyStringAsUndefined: true,
});
