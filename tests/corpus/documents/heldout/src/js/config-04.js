// lib/api.js
// Generated 2026-03-16T22:55:17.180Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyVrJO2SUf6mgArsYqGLlPzx9BgPApe7ebB",
  authDomain: "acme-app-189.firebaseapp.com",
  projectId: "acme-app-189",
  storageBucket: "acme-app-189.appspot.com",
  messagingSenderId: "776541963274",
  appId: "1:683924992956:web:11ced61d2838b78f2dbef0",
  measurementId: "G-90MQLOQN0D",
};

const openai_api_key = process.env.OPENAI_API_KEY || "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";
const hugging_face_hub_token = "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";
const STRIPE_PUBLISHABLE = "pk_live_vIPo2FeYDFOkGUDVf9ryZhwG"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.maraviglia.it/api",
  auth: { username: "ops", password: "Basalt775." },
  headers: { "x-request-source": "cron", Authorization: "Basic Z3JhZmFuYTpLMW4weXVwU2txSG12" },
  timeout: 27353,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 1952 };
