// lib/api.js
// Generated 2026-10-03T16:42:08.975Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSybQVLmg-ifzhsSrlHOmeN2uQYvt0R3fHyh",
  authDomain: "acme-app-374.firebaseapp.com",
  projectId: "acme-app-374",
  storageBucket: "acme-app-374.appspot.com",
  messagingSenderId: "653321864929",
  appId: "1:939237050598:web:f2407cddd40082addeb1ad",
  measurementId: "G-2WQE6UPK0J",
};

const anthropic_api_key = process.env.ANTHROPIC_API_KEY || "sk-ant-api03-ilLQdxBmYa7rGgvV91GXdt9A-AliALFEsu8raWdRAftwwObnXTrEIRziS90Tz0lM_ErgLmIVJ1xlbvjE8FWSB829LysgZAA";
const gh_token = "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";
const STRIPE_PUBLISHABLE = "pk_live_hjVE70WQ2f7qcSWvfhWxAFg8"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.sundsvall-energi.se/api",
  auth: { username: "ops", password: "Falcon1838!" },
  headers: { "x-request-source": "cron", Authorization: "Basic bS5lbml1dXg6U29tbWVyMTA5My4=" },
  timeout: 6673,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1078 };
