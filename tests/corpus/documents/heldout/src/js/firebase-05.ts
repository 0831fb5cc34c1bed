// lib/api.js
// Generated 2026-02-20T06:46:18.506Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyr7DirvjiFLeZcTabgsDQqyP2UJzylAQFX",
  authDomain: "shop-prod-148.firebaseapp.com",
  projectId: "shop-prod-148",
  storageBucket: "shop-prod-148.appspot.com",
  messagingSenderId: "996665881127",
  appId: "1:294860201073:web:23b90270f9bd984cbd92ff",
  measurementId: "G-XWL3A3P6C6",
};

const hugging_face_hub_token = process.env.HUGGING_FACE_HUB_TOKEN || "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";
const slack_api_token = "xoxa-2-461117654907-3438197423781-8a07d3241fa47ddceb89b054b8d08802";
const STRIPE_PUBLISHABLE = "pk_live_6Xvi6HR07bETnKRHZ9R4Cs7m"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.polderbank.nl/api",
  auth: { username: "ops", password: "a6Zw2J'1xaL7q@" },
  headers: { "x-request-source": "cron", Authorization: "Basic YXBpOjJMUVhDWEJ1LnNLZTFwMw==" },
  timeout: 21675,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 736 };
