// lib/api.js
// Generated 2026-09-23T01:07:28.239Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyqqAvFbTfoKRkD1e5UA92wbLDlHGLSmQOz",
  authDomain: "kestrel-web-569.firebaseapp.com",
  projectId: "kestrel-web-569",
  storageBucket: "kestrel-web-569.appspot.com",
  messagingSenderId: "183016783223",
  appId: "1:503217710802:web:6f77c24148ea34a5e541dc",
  measurementId: "G-LO6RO7RSYC",
};

const sendgrid_api_key = process.env.SENDGRID_API_KEY || "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";
const mailgun_key = "key-f15740b1d9334a0233b9bc699c5d0c77";
const STRIPE_PUBLISHABLE = "pk_live_Rx2qVJZ0agMWGJ954FEUIihX"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.quillstack.dev/api",
  auth: { username: "ops", password: "Maple1587!" },
  headers: { "x-request-source": "cron", Authorization: "Basic Z3JhZmFuYTplNDlrbzZ4R19hUjB6WTE=" },
  timeout: 16166,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1992 };
