// src/config.ts
// Generated 2026-08-11T20:41:58.304Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyhothwnHQvy_BniqTng9MR482woAsoBOtO",
  authDomain: "kestrel-web-997.firebaseapp.com",
  projectId: "kestrel-web-997",
  storageBucket: "kestrel-web-997.appspot.com",
  messagingSenderId: "971110609042",
  appId: "1:988790524246:web:10c1d5742ceb42339834de",
  measurementId: "G-NTZU2Q99WI",
};

const node_auth_token = process.env.NODE_AUTH_TOKEN || "npm_ind8BlEST9dSKJeFY5g2JcFjac8ujsKFcFtp";
const azure_storage_key = "RbkAOWRpeOaVLyeNklw1zptUmQzVgyYmYODCbwoQeE7cCEEtGFVYqfmzije+S4mDAe/40L5itCjeF/03rJPN7A==";
const STRIPE_PUBLISHABLE = "pk_live_Y7mUQ9GfhP4yiUrwZFIjt7ZB"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.pixelforge.fr/api",
  auth: { username: "ops", password: "tundra-tundra-mosaic-anchor57" },
  headers: { "x-request-source": "cron", Authorization: "Basic aW50ZWdyYXRpb246YXluNVA5MzcuYXdncEpB" },
  timeout: 16198,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1962 };
