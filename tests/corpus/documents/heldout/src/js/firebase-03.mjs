// lib/api.js
// Generated 2026-03-19T12:21:35.732Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyYLHyBqNmjPCKrXhfpkFs68-jw4nfw__xD",
  authDomain: "shop-prod-346.firebaseapp.com",
  projectId: "shop-prod-346",
  storageBucket: "shop-prod-346.appspot.com",
  messagingSenderId: "869483519199",
  appId: "1:206480303591:web:0adf70dc7066defa23d188",
  measurementId: "G-5HBAJ3KRTV",
};

const npm_publish_token = process.env.NPM_PUBLISH_TOKEN || "npm_PX6NWVLjFtccKstT6UsuYFzemBlYWMBbkoXJ";
const dd_api_key = "cc1e812bafde3b26ae92d0189b0ffd4b";
const STRIPE_PUBLISHABLE = "pk_live_LKaVHV3RxasGSUQrSjNlTefy"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.verdanthealth.org/api",
  auth: { username: "ops", password: "Copper1341#" },
  headers: { "x-request-source": "cron", Authorization: "Basic ZGVwbG95OmY2QXhtdnY2eGJRNWhaVTc=" },
  timeout: 2297,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 437 };
