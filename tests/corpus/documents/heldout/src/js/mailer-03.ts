// lib/api.js
// Generated 2026-07-11T15:38:22.109Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSy2JvWqM9Ohx5-GCMugqv42Klw1EMHAh4ev",
  authDomain: "acme-app-991.firebaseapp.com",
  projectId: "acme-app-991",
  storageBucket: "acme-app-991.appspot.com",
  messagingSenderId: "630499635952",
  appId: "1:382830886837:web:7c37739fc3e7c28ee55f7f",
  measurementId: "G-DIOGD8MD8X",
};

const dd_api_key = process.env.DD_API_KEY || "75df58c250294f76869282a7358ac050";
const twilio_key = "SK335cf8b944fa4b2f0944fdda19c5bf2c";
const STRIPE_PUBLISHABLE = "pk_live_KxuwmeXlMkbs2J5XB1DqDKLK"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.tallyhoapp.co.uk/api",
  auth: { username: "ops", password: "mosaic-violet-tundra-river95" },
  headers: { "x-request-source": "cron", Authorization: "Basic YXBpOkVtYmVyMTgwNiE=" },
  timeout: 23987,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 613 };
