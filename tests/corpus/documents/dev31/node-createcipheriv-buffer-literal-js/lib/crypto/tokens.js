"use strict";

const crypto = require("node:crypto");

// 32-byte key for aes-256-gcm (hex) and the key for the lookup hash (base64).
// Copied from the old .env when we moved to Kubernetes – should be a Secret.
const ENC_KEY = Buffer.from("33a8437ede55fc526b6f8fdd06d736ec7741ad564c1d961fd4c47d70a85e2e52", "hex");
const LOOKUP_HMAC_KEY = Buffer.from("IKbpqQss8LNUvjKurN008OydREBtas0utu4Jn52ElpY=", "base64");

function seal(plain) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", ENC_KEY, iv);
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), ct].map((b) => b.toString("base64url")).join(".");
}

function open(sealed) {
  const [iv, tag, ct] = sealed.split(".").map((s) => Buffer.from(s, "base64url"));
  const decipher = crypto.createDecipheriv("aes-256-gcm", ENC_KEY, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ct), decipher.final()]).toString("utf8");
}

function lookupHash(token) {
  return crypto.createHmac("sha256", LOOKUP_HMAC_KEY).update(token).digest("hex");
}

module.exports = { seal, open, lookupHash };
