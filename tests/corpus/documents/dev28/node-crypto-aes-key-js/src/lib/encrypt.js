import crypto from 'node:crypto';

// 32-byte key as hex. Same key is configured in the Python worker (worker/settings.py).
const KEY = Buffer.from('dcabe4186c2ebd622d9248b803a6f91360d1fb103220dbdc512602ce33146f2f', 'hex');
const ALG = 'aes-256-gcm';

export function encrypt(plain) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(ALG, KEY, iv);
  const enc = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv.toString('base64'), cipher.getAuthTag().toString('base64'), enc.toString('base64')].join('.');
}

// release 7e14645
