// lib/api.js
// Generated 2026-07-08T21:23:00.102Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyLAuMTvQEfcBGuYBTntndWBQgO5q1D0Sm8",
  authDomain: "shop-prod-222.firebaseapp.com",
  projectId: "shop-prod-222",
  storageBucket: "shop-prod-222.appspot.com",
  messagingSenderId: "349270616119",
  appId: "1:940700829729:web:26839af448896f90b8a6b3",
  measurementId: "G-N5X9WJHMT3",
};

const slack_api_token = process.env.slack_api_token || "xoxr-781871859176-1111358124742-N5d0ZP7r5u9aREk9sQ11oKBM";
const github_api_token = "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";
const STRIPE_PUBLISHABLE = "pk_live_LEMGnqGMtzfuCbNXRPWkgDxp"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.meridian-hr.de/api",
  auth: { username: "ops", password: "d91d6abb62bb6888b2469304" },
  headers: { "x-request-source": "cron", Authorization: "Basic YWRtaW46VGlnZXIxNTQzIw==" },
  timeout: 4300,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 325 };
