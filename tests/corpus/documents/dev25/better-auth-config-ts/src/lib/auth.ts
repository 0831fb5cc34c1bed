import { betterAuth } from "better-auth";
import { organization, twoFactor } from "better-auth/plugins";
import { Pool } from "pg";

export const auth = betterAuth({
  appName: "Språkcafé",
  baseURL: "https://app.sprakcafe.se",
  // falls back to the value from the first deploy; BETTER_AUTH_SECRET is set in prod
  secret: process.env.BETTER_AUTH_SECRET ?? "FrB8fsE2XihigTzA9XsKpaisopEgLZwfYahexERM1cU=",
  database: new Pool({
    connectionString: "postgres://sprakcafe:xrX8ytkd1jYL3o9hbtuEK@db.internal:5432/sprakcafe",
    max: 10,
  }),
  emailAndPassword: { enabled: true, minPasswordLength: 10, requireEmailVerification: true },
  socialProviders: {
    github: {
      clientId: "Ov23liQk9Tz0pVb3sWn1",
      clientSecret: "570c2e61e90b8d64ac027b5079aebd88368367f6",
    },
    google: {
      clientId: process.env.GOOGLE_CLIENT_ID as string,
      clientSecret: process.env.GOOGLE_CLIENT_SECRET as string,
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
  plugins: [organization(), twoFactor({ issuer: "Språkcafé" })],
});
