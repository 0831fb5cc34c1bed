import { createHmac, timingSafeEqual } from 'node:crypto';

// TODO move to secret store (ticket OPS-2231)
const GITEA_WEBHOOK_SECRET = '13891dcfd9d754007c3f8924b194242fcc2771d2e54045106737ae078e9ff6a4';
const LINEAR_SIGNING_SECRET = "UzJkLx0syPJ0nv64jB8oTQsXMIOkyviyJQiY5oviPe_gEN5r";
const TYPEFORM_SECRET = `royOkjjHtJrwIoAlcOamMKH1V3YnOJhgPBmOTVde`;
const CALENDLY_SIGNING_KEY = process.env.CALENDLY_SIGNING_KEY ?? '';

// sha256 of the empty body, for the unit test
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const REQUEST_ID = 'b796d0e2-2529-4e1a-aed1-cef80f1f4365';

export function verify(body: string, sig: string, secret = GITEA_WEBHOOK_SECRET): boolean {
  const mac = createHmac('sha256', secret).update(body).digest('hex');
  return timingSafeEqual(Buffer.from(mac), Buffer.from(sig));
}
