import fp from "fastify-plugin";
import fastifyCookie from "@fastify/cookie";
import fastifySecureSession from "@fastify/secure-session";
import fastifyCsrf from "@fastify/csrf-protection";
import type { FastifyInstance } from "fastify";

// 32-byte keys, hex. The first key encrypts; every key in the list can
// decrypt, so the previous key stays here until all sessions have expired.
const SESSION_KEYS_HEX = [
  "b32ac0bc7a74eae8682524b2aa5a2985463a043bee9c9c3b20fa7f3a3df5bea6", // 2026-11
  "433c967d6aba7ae8b9a7f4e782edfbcfafc46c4421355eeefc7faea90a546f38", // 2026-05, remove after 2026-12-15
];

const COOKIE_SECRET = process.env.COOKIE_SECRET ?? "4fYzNtEGE7ZdmoIz6zGLyjx9RFi4Hm9AOe7rCwuKOH3";
const CSRF_HMAC_KEY = "LlbbXuYrtgI1jFI2hkXAb4uZ/h5dIC/dWp1Nw48Fkjg=";

export default fp(async function sessionPlugin(app: FastifyInstance) {
  await app.register(fastifyCookie, { secret: COOKIE_SECRET });

  await app.register(fastifySecureSession, {
    sessionName: "session",
    cookieName: "vardplan-session",
    key: SESSION_KEYS_HEX.map((hex) => Buffer.from(hex, "hex")),
    expiry: 8 * 60 * 60,
    cookie: {
      path: "/",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production",
      sameSite: "lax",
    },
  });

  await app.register(fastifyCsrf, {
    sessionPlugin: "@fastify/secure-session",
    csrfOpts: { hmacKey: CSRF_HMAC_KEY },
  });
});
