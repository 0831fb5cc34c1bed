// src/config.ts
// Generated 2026-09-28T08:48:05.609Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSy1Fw6MwhQlPyZOlGslVydK9Sj8b_oWt0Sg",
  authDomain: "kestrel-web-100.firebaseapp.com",
  projectId: "kestrel-web-100",
  storageBucket: "kestrel-web-100.appspot.com",
  messagingSenderId: "980743059501",
  appId: "1:855419561992:web:66155a06808a9e6496e67c",
  measurementId: "G-H2BRRSFIOY",
};

const slack_bot_token = process.env.SLACK_BOT_TOKEN || "xoxs-220351510862-4168001398437-6289512798010-181ad2dd45cc129ad812b7f951b43a978a3c2da55e07beb671578a1ea1f3282f";
const sendgrid_key = "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";
const STRIPE_PUBLISHABLE = "pk_live_9hATMpm0Ng9d52V6D66jQXKe"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.sundsvall-energi.se/api",
  auth: { username: "ops", password: "Harbor1160$" },
  headers: { "x-request-source": "cron", Authorization: "Basic YXBpOk5lYnVsYTE1IQ==" },
  timeout: 18861,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 796 };
