// lib/api.js
// Generated 2026-10-07T13:15:41.526Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSy0qzQYIQa0zee0I9J-57s1IUluqwJWaHVC",
  authDomain: "acme-app-148.firebaseapp.com",
  projectId: "acme-app-148",
  storageBucket: "acme-app-148.appspot.com",
  messagingSenderId: "874158012355",
  appId: "1:805750615509:web:1c10e1d770d627a19558ff",
  measurementId: "G-PYRXYV7CC6",
};

const storage_account_key = process.env.storage_account_key || "sU5bzKejHjULN7xvJxOFVgGoRo5z8BHhfccDgIG4Hy7MngY7o42G2MMP1dDz5CQyAuHY8ut+J68EXz8mDPfr1w==";
const uv_publish_token = "pypi-AgEIcHlwaS5vcmcCJeTaa62M1dy6DqG0iuJJtXz5ySXkVt20bL5WFU_DN-ipB94bAgUOMVtYWQUDethUP5fd5KVLkmxLULblFk8-PFER9ykdrfV9ERiByZosMB9-4zhrgCCgE8OfFt8plwLFUsbVOiTwQxwFu9GSp8dNHKT_IUBWgp0pc";
const STRIPE_PUBLISHABLE = "pk_live_nlYc8ucXTdOqN3R5jHq8CIXM"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.kestrel-analytics.com/api",
  auth: { username: "ops", password: "Qjs!0-ickFF=F+y3Muwg" },
  headers: { "x-request-source": "cron", Authorization: "Basic c3ZjLWV4cG9ydDpUaWdlcjQxNi4=" },
  timeout: 13274,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 125 };
