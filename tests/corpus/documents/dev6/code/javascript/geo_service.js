import crypto from 'node:crypto';
import axios from 'axios';

const API_KEY = process.env.GEO_API_KEY ?? 'm10FVQWOqeWNWL10luzJHQIfQpgj7q3ArUe4M';
const SIGNING_SECRET = "whsec_TcRi597h7S5n5c1CJsUwij48Vb49njuF";
export const config = {
  baseURL: 'https://api.hoshino-denki.co.jp',
  clientId: '3938e070-334f-47d5-98e0-fe961ba5312e',
  clientSecret: `9PSX5APp5ygQaLv4nG03PybO`,
  // apiKey: 'your-secret-here',  // docs sample
  release: 'a279a1cd5e591264dcb9485337004f781ff04ed0',
};

export function sign(body) {
  return crypto.createHmac('sha256', SIGNING_SECRET).update(body).digest('hex');
}

export const client = axios.create({
  baseURL: config.baseURL,
  headers: { 'x-api-key': API_KEY, 'x-client-version': '4.2.0' },
});
