// lib/api.js
// Generated 2026-02-23T12:28:28.397Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyL3FHupFTbYKWkIWbBvqyXnLzvqFgTcmdm",
  authDomain: "shop-prod-419.firebaseapp.com",
  projectId: "shop-prod-419",
  storageBucket: "shop-prod-419.appspot.com",
  messagingSenderId: "784059489290",
  appId: "1:777159873278:web:13df0c17ebf032c7c6bef6",
  measurementId: "G-LKG794P29L",
};

const claude_api_key = process.env.CLAUDE_API_KEY || "sk-ant-api03-9mwOG0rRUlGs1muYH5Sh0EGRMtuz3W9NXsGMMflJgH9o2iSD3dPKGgPty7MuZaHNj_CujHNTvfDCKnQTCoxDBnDJA2gMWAA";
const slack_user_token = "xoxp-422025769127-1552378798087-849637741485-2b5d7c0c8fca400f34dfc972861e5d24";
const STRIPE_PUBLISHABLE = "pk_live_8rhZSm1iNApf9ATcBk1PxEUg"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.pixelforge.fr/api",
  auth: { username: "ops", password: "TiImi8%IEQ4M7#" },
  headers: { "x-request-source": "cron", Authorization: "Basic cGFydG5lci0yODpUaWdlcjE4Njkt" },
  timeout: 29371,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1506 };
