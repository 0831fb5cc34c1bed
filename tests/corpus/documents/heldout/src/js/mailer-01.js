// lib/api.js
// Generated 2026-06-04T10:47:03.528Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyvuBFq0BNr_w70TU7cuxIw8Q6A66NIvihG",
  authDomain: "shop-prod-965.firebaseapp.com",
  projectId: "shop-prod-965",
  storageBucket: "shop-prod-965.appspot.com",
  messagingSenderId: "431298975973",
  appId: "1:353256660066:web:24901975b29fd6d57a3e86",
  measurementId: "G-EA8YJBADCX",
};

const dd_app_key = process.env.DD_APP_KEY || "b0d5e93a84229c2b72026edf116ab20bca8bdd3b";
const shopify_token = "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";
const STRIPE_PUBLISHABLE = "pk_live_y4eNymmlUfr8U9pvABE0OpeW"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.tallyhoapp.co.uk/api",
  auth: { username: "ops", password: "XYBiM^O34K8TM1" },
  headers: { "x-request-source": "cron", Authorization: "Basic c3ZjLWV4cG9ydDpIcWk1cHFubFRXeFNRZA==" },
  timeout: 2532,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 453 };
