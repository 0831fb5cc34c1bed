// src/i18n/en.ts
export default {
  'auth.password.label': 'Password',
  'auth.password.placeholder': 'Enter your password',
  'auth.password.forgot': 'Forgot password?',
  'auth.token.expired': 'Your session token has expired. Please sign in again.',
  'settings.apiKey.title': 'API keys',
  'settings.apiKey.hint': 'Keys look like sk_live_… and are shown only once.',
  'settings.secret.rotate': 'Rotate secret',
  'checkout.card.number': 'Card number',
  'checkout.card.hint': 'e.g. 4242 4242 4242 4242 (test mode)',
  'profile.phone.hint': 'Include country code, e.g. +1 555 0100',
} as const;

export const BUNDLE_HASH = 'bd7bebcd1728a27dba47d92f9b04fe15';
export const LOCALE_BUILD = '4e4bed03abed';
