// src/config.ts
// Generated 2026-08-20T15:12:57.164Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyYNIMgKX2LS5RHvcY2RyI6RSfEnrIHEpsp",
  authDomain: "kestrel-web-574.firebaseapp.com",
  projectId: "kestrel-web-574",
  storageBucket: "kestrel-web-574.appspot.com",
  messagingSenderId: "812820189464",
  appId: "1:359214449807:web:73992e244b40a06de8887d",
  measurementId: "G-QOCAUGJ8XV",
};

const openai_api_key = process.env.openai_api_key || "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";
const pypi_token = "pypi-AgEIcHlwaS5vcmcCJbnOsPWzMYyENe5O1m8zZywX1IOn8sSy6lpsU4FsdUbmfedsuOOOAhsrJuRfuV0MF_XqwTCsAu_h3Epmv85WZjLUhA9Uf-23MiOiVmxZsMuyuq2sNn-ZWtJaPYeOSQmxrRsDoEMBjKP_3HGzeDjVQ-JUUjcFT9QzuqkFj0NdClIsa7A";
const STRIPE_PUBLISHABLE = "pk_live_MSyP9G2S6Y0gpzOcbdp8jgYT"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.nordhafen-logistik.de/api",
  auth: { username: "ops", password: "Velvet519_" },
  headers: { "x-request-source": "cron", Authorization: "Basic ZGVwbG95OlZlbHZldDEzNTUu" },
  timeout: 8872,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1901 };
