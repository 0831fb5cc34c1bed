const crypto = require("node:crypto");

const URL_SIGNING_SECRET = "a4be413ff7e159e1ea7fdfaee2900edfa104e9d32b31b4c4a35bea10542ba3bd";
const PREVIOUS_URL_SIGNING_SECRET = "b81139e25050c5990942a703a589e597ce8efdd0e89c21e39ce2b939d9e2048d"; // accepted until 2026-02-01
const DEFAULT_TTL = 15 * 60;

function sign(path, expires = Math.floor(Date.now() / 1000) + DEFAULT_TTL) {
  const sig = crypto.createHmac("sha256", URL_SIGNING_SECRET).update(`${path}:${expires}`).digest("hex");
  return `${path}?expires=${expires}&sig=${sig}`;
}

function verify(path, expires, sig) {
  const expected = crypto.createHmac("sha256", URL_SIGNING_SECRET).update(`${path}:${expires}`).digest("hex");
  return expires > Date.now() / 1000 && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
}

module.exports = { sign, verify };
