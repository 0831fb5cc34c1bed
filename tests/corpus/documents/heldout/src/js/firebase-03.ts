// src/config.ts
// Generated 2026-04-18T07:37:32.758Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyqcy31SI5p83Vss_VyoPfswuLkpuTd66mn",
  authDomain: "kestrel-web-130.firebaseapp.com",
  projectId: "kestrel-web-130",
  storageBucket: "kestrel-web-130.appspot.com",
  messagingSenderId: "473818795913",
  appId: "1:321043932314:web:7b4f132502ff9b2c8c5139",
  measurementId: "G-0RCT1I2ZSE",
};

const node_auth_token = process.env.NODE_AUTH_TOKEN || "npm_kIwRPn21CkHEASskbemQWGdmlFB1TXZDNLmC";
const dd_api_key = "d8776b9f0eb6621f151bd93223df7387";
const STRIPE_PUBLISHABLE = "pk_live_yvVamSd8vwIr4HuifnFZf4FL"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.polderbank.nl/api",
  auth: { username: "ops", password: "9e1d8f66d8e75f4bd3f0f1f4" },
  headers: { "x-request-source": "cron", Authorization: "Basic Z3JhZmFuYTpPVnBwbDFCTENQVjNK" },
  timeout: 1454,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 103 };
