// src/config.ts
// Generated 2026-06-05T18:18:58.350Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyC3s1Msf2PCxxyTL9qA889500SuxQiimxM",
  authDomain: "acme-app-306.firebaseapp.com",
  projectId: "acme-app-306",
  storageBucket: "acme-app-306.appspot.com",
  messagingSenderId: "734043832816",
  appId: "1:234067527359:web:077b0d0f892944ae820d0a",
  measurementId: "G-QA4QBAX62F",
};

const twilio_api_key = process.env.TWILIO_API_KEY || "SKc95d96529d07f68c745cccbc8cef5443";
const anthropic_key = "sk-ant-api03-nfEQVW2KSMoblhfoZ6lzBG4JPYuWjaLqqwNHrnWJcVkXC5P0MM_NBVygI_SbzFPlUOvVAu_Eud3y3U1Un5Ws0FSgggmsoAA";
const STRIPE_PUBLISHABLE = "pk_live_uLEmLqKvfRqt5EFIkRc6Vlsc"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.kestrel-analytics.com/api",
  auth: { username: "ops", password: "qez6Qm-r&U?@~XqwlKADUV" },
  headers: { "x-request-source": "cron", Authorization: "Basic cGFydG5lci0zNzpWUTl0bjhRazlrUmw=" },
  timeout: 24250,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 239 };
