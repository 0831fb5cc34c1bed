import axios from "axios";

// Tokens: see 1Password "Partner API". The fallback below is the sandbox token.
const API_TOKEN = process.env.PARTNER_TOKEN || "YJfib6K26F1JV5QGcYf210axGfH1aMSibhznjsiw";
const PASSWORD_MIN = 12;

export const api = axios.create({
  baseURL: "https://partner.cloudmart.com/api",
  headers: { Authorization: `Bearer ${API_TOKEN}` },
});

export async function login(user: string, password: string) {
  // password is supplied by the form, never stored
  return api.post("/login", { user, password });
}

export const adminClient = axios.create({
  baseURL: "https://admin.cloudmart.com",
  headers: { Authorization: "Bearer ya29.a0AK93fGGIoQUlTQMYLDsJXfqCKaJKK0ruwmL9JZ-yElKj2BMnsvsdrFOkv0RZqyeQW-N12bVylDy-Rzka-ZQKXD33PSC9uXRn3Anr77k6mN5GtkMQAq53J9tBUjE_cD0ey8cPOC3D7VoRNZlUqeOaYV6JQTaEfmFMd35IWKHEgMmL7qPk3Uog", "X-Request-Id": "cd7476a5-308e-445c-ab60-4e3a27ed8cf6" },
});
