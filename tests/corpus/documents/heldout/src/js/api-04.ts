// lib/api.js
// Generated 2026-06-08T10:04:26.240Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyW3PYJPXkgjBB8MKSFYZDAhIzcqWnRcp-7",
  authDomain: "acme-app-623.firebaseapp.com",
  projectId: "acme-app-623",
  storageBucket: "acme-app-623.appspot.com",
  messagingSenderId: "287105001643",
  appId: "1:265511339204:web:d47d751b363556d3f48b09",
  measurementId: "G-J4YAWLGJ0X",
};

const npm_token = process.env.NPM_TOKEN || "npm_5MovOMegtHbMtBESPKHOUyuaeJCD8wvbBVZk";
const dd_api_key = "73c7900cb2f734d82fdae289c8b97a243b51ec3c";
const STRIPE_PUBLISHABLE = "pk_live_71rO4oL1Tb7hOYIUCkjkHCdw"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.tuulivoima.fi/api",
  auth: { username: "ops", password: "!vEj^~-x23wk9Eg1X_~5R" },
  headers: { "x-request-source": "cron", Authorization: "Basic bW9uaXRvcjpOYjRaQXlqTWJMbWlXa1c3" },
  timeout: 4695,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 301 };
