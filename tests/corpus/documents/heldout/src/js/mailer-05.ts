// src/config.ts
// Generated 2026-08-17T23:07:35.968Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSynlIYwtSG5IYDqCeSV1PlMZXUG5379KVLR",
  authDomain: "acme-app-518.firebaseapp.com",
  projectId: "acme-app-518",
  storageBucket: "acme-app-518.appspot.com",
  messagingSenderId: "888346648497",
  appId: "1:625514322351:web:17adc566175c36113f1c05",
  measurementId: "G-9PQV9LPU46",
};

const pypi_api_token = process.env.PYPI_API_TOKEN || "pypi-AgEIcHlwaS5vcmcCJXiNXBnzVF01HiVFCMIhlqyOBcrChDtPWSxgRRfrsty702TNC3IT5aHmYjwRHW0S8BY6NoIz88A_oc-cjutWeV0ctWu23QEtfhaeayz8ggotq5XysJw1yzpQ7QZTlnuUu";
const azure_storage_key = "alePueo8Ifw7EzkcbUOko/dV1ZDs7i6BrrZIOt+0NvKYzpgs+BSkvBSzWu7ZTKRmQ927Jz61PiLq2BbqbR0u4g==";
const STRIPE_PUBLISHABLE = "pk_live_MQWjhcmnnBzmggqVn3qyLWcv"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.cobaltpay.eu/api",
  auth: { username: "ops", password: "lamp-tundra-pebble-cactus81" },
  headers: { "x-request-source": "cron", Authorization: "Basic YXBpOmp1ZXJJZklyUHdUcTEw" },
  timeout: 19351,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 812 };
