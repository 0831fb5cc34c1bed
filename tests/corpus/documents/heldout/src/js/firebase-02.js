// lib/api.js
// Generated 2026-03-02T15:13:36.382Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyDwTZflCeoSKJWZbnkM7HNEwmc75odQ5S2",
  authDomain: "shop-prod-555.firebaseapp.com",
  projectId: "shop-prod-555",
  storageBucket: "shop-prod-555.appspot.com",
  messagingSenderId: "744498424361",
  appId: "1:993817614336:web:a5a53772cce60c2fc7b675",
  measurementId: "G-DMW89U502J",
};

const openai_api_key = process.env.OPENAI_API_KEY || "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";
const hf_api_token = "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";
const STRIPE_PUBLISHABLE = "pk_live_Z9UNpMc4aw2lNAPpajDIM4KF"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.verdanthealth.org/api",
  auth: { username: "ops", password: "b75%p3=NNsM*?9t" },
  headers: { "x-request-source": "cron", Authorization: "Basic Z3JhZmFuYTpnY2tZd0IxYy02MllLMno=" },
  timeout: 7615,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 465 };
