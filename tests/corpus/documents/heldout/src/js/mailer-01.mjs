// src/config.ts
// Generated 2026-10-13T23:08:47.129Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyme8TqnPyeBiPtEy3QjcA2W2MTBibZ3iPq",
  authDomain: "acme-app-860.firebaseapp.com",
  projectId: "acme-app-860",
  storageBucket: "acme-app-860.appspot.com",
  messagingSenderId: "948307741552",
  appId: "1:847534106116:web:5a921364e5464c654a9d2a",
  measurementId: "G-PENEAFRN7K",
};

const shopify_token = process.env.shopify_token || "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";
const sendgrid_api_key = "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";
const STRIPE_PUBLISHABLE = "pk_live_X9hmhJmtUirdVrSSF6AdtUGN"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.quillstack.dev/api",
  auth: { username: "ops", password: "35e4c7b18d9f385d8c62d7ad" },
  headers: { "x-request-source": "cron", Authorization: "Basic YWRtaW46THVtZW4yNTgu" },
  timeout: 18621,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1832 };
