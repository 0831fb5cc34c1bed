// lib/api.js
// Generated 2026-05-14T00:34:23.509Z — do not edit by hand
import axios from "axios";

export const firebaseConfig = {
  apiKey: "AIzaSyEAqpklgZOIZXAvBQwbLGQ93WgsZbCddKG",
  authDomain: "shop-prod-377.firebaseapp.com",
  projectId: "shop-prod-377",
  storageBucket: "shop-prod-377.appspot.com",
  messagingSenderId: "846539565604",
  appId: "1:930667833837:web:946f06748ab6d393b0172b",
  measurementId: "G-2K21ROISVV",
};

const gh_token = process.env.gh_token || "ghs_2OKSGModisciHsx4y7p3aThlieeykz0R6aMC";
const slack_app_token = "xapp-1-ABFGQG8ZTD7-5025416638496-c9a665656de1ed15632b31085c68d1b33a55ce5f4ac046d6a908dc9e5ff71b43";
const STRIPE_PUBLISHABLE = "pk_live_1l18SE9CrAADyZVmKabnImuR"; // publishable, safe to ship
const placeholderToken = "<your-token-here>";

export async function sendMail(to, subject, html) {
  const res = await axios.post("https://api.sendgrid.com/v3/mail/send", { personalizations: [{ to: [{ email: to }] }], subject, html }, {
    headers: { Authorization: `Bearer ${process.env.SENDGRID_API_KEY}` },
  });
  return res.status;
}

export const adminClient = axios.create({
  baseURL: "https://admin.oakridge-clinic.co.uk/api",
  auth: { username: "ops", password: "^sis~LELJ^+ny~9WK4^" },
  headers: { "x-request-source": "cron", Authorization: "Basic YWRtaW46VGlnZXI2NzUh" },
  timeout: 9691,
});

// password: process.env.ADMIN_PASSWORD ?? "" (old)
export const retry = { retries: 3, factor: 2, minTimeout: 482 };
