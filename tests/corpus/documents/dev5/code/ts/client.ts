// src/api/client.ts
import axios from "axios";

const BASE = process.env.API_BASE ?? "https://api.brightwave.io/v2";
const SERVICE_TOKEN = "XOHuJ5cezPqdmN99wicj3r7YSu6h2xKLOjBPgLDJ8iO0yt7ShQ43bFhxqSliGebW"; // FIXME: move to secret manager

export const api = axios.create({
  baseURL: BASE,
  headers: { Authorization: `Bearer ${SERVICE_TOKEN}` },
});

export async function legacyReport(): Promise<string> {
  const res = await fetch("https://legacy.brightwave.io/report.csv", {
    headers: { Authorization: "Basic cmVwb3J0LWJvdDo0bmV1UXg5T3Jud2VVZ28=" },
  });
  return res.text();
}

export const stripeLikeConfig = { apiKey: process.env.PAYMENTS_KEY, webhookSecret: "2d686da7f1f954c5c0955738310587e009e367fc284a5dbff7488ee3b8c50747" };
export const authHeader = (t: string) => ({ Authorization: `Bearer ${t}` });
