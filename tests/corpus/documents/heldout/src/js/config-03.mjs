// lib/api.js
// Generated 2026-05-06T05:32:50.937Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyGZFHPD2eMPo-skiwERyVR5_HGOlpHSIn1",
  authDomain: "shop-prod-356.firebaseapp.com",
  projectId: "shop-prod-356",
  storageBucket: "shop-prod-356.appspot.com",
  messagingSenderId: "790457386255",
  appId: "1:932823112811:web:ed28ab8a8d945398e20394",
  measurementId: "G-QSR65LTUAO",
};

const pypi_token = process.env.PYPI_TOKEN || "pypi-AgEIcHlwaS5vcmcCJ4UY-1if6PMtMPv7sE-g3Cqs9iXpSz6jpHN-x0xFhcjdMnJ-TJLQF-uWBK1uIEXL0_J1lghogXRsca7MXtcDM5xJdReQx9YtxrL_aENmQHZE_bZC_DQ7-0yUs7j8q5q8M";
const azure_storage_key = "eALWP3a6VHO6kOkJLSMe8B/UVeJPyC2uqDI+84VgHekTMHKiLemBMVGY7UrZUGeZ0756jGklOrwDbdXGE5r7Ng==";
const STRIPE_PUBLISHABLE = "pk_live_uCpLqkJd6g7W8MRckAGQmLbr"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.quillstack.dev/api",
  auth: { username: "ops", password: "44bb35003ee2981044204e40" },
  headers: { "x-request-source": "cron", Authorization: "Basic YXBpOk5kN3cyYVd0bTE4djZpbjE=" },
  timeout: 7609,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 137 };
