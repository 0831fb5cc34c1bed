// lib/api.js
// Generated 2026-01-13T15:13:58.267Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyRoAsBsISxqN2uLDaxhuC3lsbRT7svLSeG",
  authDomain: "acme-app-654.firebaseapp.com",
  projectId: "acme-app-654",
  storageBucket: "acme-app-654.appspot.com",
  messagingSenderId: "124908360237",
  appId: "1:545070420935:web:18c2c40a6cce8a39a9f157",
  measurementId: "G-QX5VRBKG4P",
};

const twilio_auth_token = process.env.TWILIO_AUTH_TOKEN || "ee398046589e1bb54df8204389cb651b";
const mailgun_api_key = "key-ab37dbfaef3d8223225a7d290993f9e8";
const STRIPE_PUBLISHABLE = "pk_live_UHam1HH8n0cIjV9gYruRhJDu"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.cobaltpay.eu/api",
  auth: { username: "ops", password: "Basalt577-" },
  headers: { "x-request-source": "cron", Authorization: "Basic bS5ydmN3ZHE6WWJDOWRjNUNYMm8xNGVYNTk=" },
  timeout: 1864,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 512 };
