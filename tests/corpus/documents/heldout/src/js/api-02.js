// lib/api.js
// Generated 2026-02-01T09:10:49.981Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyPWMEYfc5F_b6Pk44cb-WVwvImEN7sLCHU",
  authDomain: "kestrel-web-739.firebaseapp.com",
  projectId: "kestrel-web-739",
  storageBucket: "kestrel-web-739.appspot.com",
  messagingSenderId: "312805066744",
  appId: "1:966840862128:web:6c82bf8e53d77e5a49ac69",
  measurementId: "G-2UXLSGJ080",
};

const mailgun_api_key = process.env.mailgun_api_key || "key-3a8677d3d9f10e5690c661281b89b827";
const claude_api_key = "sk-ant-admin01-DiG39S20D-uFTm--JW29t8iCFR6jtWSJpjaAPO2MlxxO6di1RiZ_QlYX5JEHEzdSK94yV42B41rrM_VItuQS8gkz3WJnsAA";
const STRIPE_PUBLISHABLE = "pk_live_X6yhwuDx8XypPYyqrnl7b9Ql"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.helmsgate.com/api",
  auth: { username: "ops", password: "violet-tundra-lantern-cactus41" },
  headers: { "x-request-source": "cron", Authorization: "Basic c3ZjLWV4cG9ydDpsSTB6SHBYV3RlTkZENGo=" },
  timeout: 8879,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1768 };
