// lib/api.js
// Generated 2026-01-22T22:13:33.071Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSy7GggRrbTksBQwMveuVXGQBLtH6SNgg0ex",
  authDomain: "shop-prod-581.firebaseapp.com",
  projectId: "shop-prod-581",
  storageBucket: "shop-prod-581.appspot.com",
  messagingSenderId: "194969826765",
  appId: "1:613965044767:web:b12c857379681d89d62445",
  measurementId: "G-YNI78XGXFK",
};

const sendgrid_key = process.env.SENDGRID_KEY || "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";
const homebrew_github_api_token = "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";
const STRIPE_PUBLISHABLE = "pk_live_YiTYSf6mHPt1ZtPV39t1d2Y9"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.quillstack.dev/api",
  auth: { username: "ops", password: "jDodHy$XsLO4o@" },
  headers: { "x-request-source": "cron", Authorization: "Basic YXBpOk1hcGxlMjIzIw==" },
  timeout: 18349,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 966 };
