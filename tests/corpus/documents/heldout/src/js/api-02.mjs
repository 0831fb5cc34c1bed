// src/config.ts
// Generated 2026-10-26T05:29:38.472Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSysXHEvaur6SK8u2r3rOkUfW_mn8078Szzg",
  authDomain: "acme-app-564.firebaseapp.com",
  projectId: "acme-app-564",
  storageBucket: "acme-app-564.appspot.com",
  messagingSenderId: "233432602402",
  appId: "1:543434926338:web:46a92ca04f2a3067a321f2",
  measurementId: "G-48VE1N8FWV",
};

const anthropic_api_key = process.env.anthropic_api_key || "sk-ant-admin01-bxRapwW6pHHoSml0t6RwevPmcgeLt_o52o-hB6DdGVInl-mneWV5OwKoyKsvR6C6Hye3z5u-m3wYV-q-TgDY51rqCsuP8AA";
const twilio_key = "SKa5c6c9f6771a852332440056ca96d0b8";
const STRIPE_PUBLISHABLE = "pk_live_SAYQbiM4l5vBALVqbImVoofU"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.tallyhoapp.co.uk/api",
  auth: { username: "ops", password: "5Cr@UGwE@kdQkfuj~-K" },
  headers: { "x-request-source": "cron", Authorization: "Basic aW50ZWdyYXRpb246OFdQOFRDZGlTRElDOFJibEVH" },
  timeout: 26296,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1293 };
