// src/config.ts
// Generated 2026-10-02T20:16:01.276Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSym2OpiYcEHVTMrnt50mUhzYUIJVZCJmu9K",
  authDomain: "acme-app-538.firebaseapp.com",
  projectId: "acme-app-538",
  storageBucket: "acme-app-538.appspot.com",
  messagingSenderId: "803425939002",
  appId: "1:126704282247:web:e4a9bd27907df301fb2cd6",
  measurementId: "G-YXR8VAQNSW",
};

const azure_storage_key = process.env.AZURE_STORAGE_KEY || "UYYVWseiTXZuoRbS2W103FwY1RYW5yDeC8iXaR2B9bBrHMKyt+CWE7lA4Xr6xqQaGTFfTZm1VE+tJjLtmuRFbA==";
const hf_api_token = "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";
const STRIPE_PUBLISHABLE = "pk_live_1mecnyTcv1gtV81POilBSQte"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.oakridge-clinic.co.uk/api",
  auth: { username: "ops", password: "Copper1690-" },
  headers: { "x-request-source": "cron", Authorization: "Basic aW50ZWdyYXRpb246cDdwcW9ldFoxdmdvaA==" },
  timeout: 6102,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 149 };
