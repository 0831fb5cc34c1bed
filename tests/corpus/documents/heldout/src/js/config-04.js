// lib/api.js
// Generated 2026-08-12T11:24:33.482Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSybpAwnSUdsa6vyyPTtdsBrQq2bQexPlFln",
  authDomain: "shop-prod-148.firebaseapp.com",
  projectId: "shop-prod-148",
  storageBucket: "shop-prod-148.appspot.com",
  messagingSenderId: "276266581765",
  appId: "1:483209561277:web:c26aed422ca022d42a8dfc",
  measurementId: "G-OL6UJEU80N",
};

const sendgrid_api_key = process.env.sendgrid_api_key || "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";
const twilio_key = "SK3ad727f261d23bd72645ec44aa8bf976";
const STRIPE_PUBLISHABLE = "pk_live_AxRUDMbUsY20xFQYCaZNY0SC"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.quillstack.dev/api",
  auth: { username: "ops", password: "Nebula550_" },
  headers: { "x-request-source": "cron", Authorization: "Basic cGFydG5lci05NjpGYWxjb24xNTM1Lg==" },
  timeout: 4139,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1091 };
