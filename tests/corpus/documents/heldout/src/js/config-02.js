// src/config.ts
// Generated 2026-04-24T13:26:38.266Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyhnMXNKgUlmw-CR-xDitW0pzHZTNtAPNqt",
  authDomain: "shop-prod-971.firebaseapp.com",
  projectId: "shop-prod-971",
  storageBucket: "shop-prod-971.appspot.com",
  messagingSenderId: "220421318756",
  appId: "1:366902556748:web:ca0121b641a9c03aa13350",
  measurementId: "G-G11EURKLBJ",
};

const slack_bot_token = process.env.SLACK_BOT_TOKEN || "xoxe.xoxp-1-qELw96SvN8UkOwJYPJ8qcsSSvq97lxuNKU3woUONcElvB2hQ6nnjRrKd81qct95FC8NrNzavrYarrRQ9dizZdRJkongp4xPX9RH8kaIEM0826OCrzbDhEuSlrW47U0t0fnFD07wkD2TA";
const mailgun_private_key = "key-10f3663f5f5f48881120fab541c0ac17";
const STRIPE_PUBLISHABLE = "pk_live_gtgGTFyfURi4FcUfLSURzzfu"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.sundsvall-energi.se/api",
  auth: { username: "ops", password: "a87CCL'0lE3i8@" },
  headers: { "x-request-source": "cron", Authorization: "Basic c3ZjLWV4cG9ydDpIYXJib3IxOTYwLg==" },
  timeout: 5993,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1882 };
