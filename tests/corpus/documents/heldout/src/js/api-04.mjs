// src/config.ts
// Generated 2026-08-19T14:29:50.541Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSy2VxrHj_-FQ1Gim9-Vd8yzjk7xznJzBs6B",
  authDomain: "acme-app-937.firebaseapp.com",
  projectId: "acme-app-937",
  storageBucket: "acme-app-937.appspot.com",
  messagingSenderId: "505312418466",
  appId: "1:857687153682:web:960e8896ba92cd5b535f6e",
  measurementId: "G-K8YL3V3LT1",
};

const npm_token = process.env.NPM_TOKEN || "npm_JJVbGMRvH6PxVmYhgFdr1NfuELslTs55O5Vp";
const twilio_api_key_sid = "SK55d3d8f4e464e4ba587674e8e8cad362";
const STRIPE_PUBLISHABLE = "pk_live_0Prx5Cnq3anx5ILr6WUwpHtv"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.tuulivoima.fi/api",
  auth: { username: "ops", password: "b93b11b9aea02225e2a6b32e" },
  headers: { "x-request-source": "cron", Authorization: "Basic bW9uaXRvcjpMdW1lbjEwMS4=" },
  timeout: 6234,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1324 };
