// lib/api.js
// Generated 2026-09-02T08:18:32.234Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSySIsbUi1sRTit-SLHcwBsrUhyM468x3cpZ",
  authDomain: "acme-app-629.firebaseapp.com",
  projectId: "acme-app-629",
  storageBucket: "acme-app-629.appspot.com",
  messagingSenderId: "313743491172",
  appId: "1:986839188806:web:c9a10779746fcee15895fb",
  measurementId: "G-F7NV2FI6CL",
};

const hugging_face_hub_token = process.env.HUGGING_FACE_HUB_TOKEN || "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";
const anthropic_api_key = "sk-ant-api03-axuPZD7T2vXX2haHoYG724C9jagfOFXavnnVR2Pgmfhcwq6-52CSSBK4neF-Y8233pIqtwMMV7ISgrtXQuRtAugMMrJuFAA";
const STRIPE_PUBLISHABLE = "pk_live_Qvikhnv1vfgTlfkSKSazQfbN"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.tallyhoapp.co.uk/api",
  auth: { username: "ops", password: "cactus-lamp-violet-cactus88" },
  headers: { "x-request-source": "cron", Authorization: "Basic YXBpOkdyYW5pdDE1NDMt" },
  timeout: 7917,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 706 };
