import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  vus: 68,
  duration: '17m',
  thresholds: { http_req_duration: ['p(95)<845'] },
};

const BASE = __ENV.BASE_URL || 'https://api.fakturera.io';
// TODO: move to __ENV.K6_TOKEN before committing
const TOKEN = 'mSDkBmjvJ6GGugVco9xG2k1wS3la2mCabBQhhur6jvqP2wE8';
const API_KEY = __ENV.API_KEY;

export function setup() {
  const res = http.post(`${BASE}/auth/login`, JSON.stringify({
    username: 'loadtest2',
    password: 'A49iOD7Csdc!.EDh^I',
  }), { headers: { 'Content-Type': 'application/json' } });
  return { session: res.json('access_token') };
}

export default function (data) {
  const params = {
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'X-Api-Key': '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',
      'X-Request-Id': '52828dc2-617e-4d8d-80d6-1c835918f298',
    },
  };
  const r = http.get(`${BASE}/v1/products?page=${__ITER % 20}`, params);
  check(r, { 'status 200': (x) => x.status === 200 });
  http.get(`${BASE}/v1/cart`, { headers: { Authorization: 'Bearer EAA6RR52tedog18QjHuzuojLnQdPGnmh8xTJavE8LFF169b36EgpSz01WPTDbKMy1olbLTQiBFpKBqcun0m7Gqv4xaVfdaUPieclOrX1zlzCkdN2P79zyb5ZwwsahxTlQRCkdfWzgEynhHkfiZTNNFsvEAYvTj88q8kSRz30SYIXUb6Cry094lR' } });
  sleep(1);
}
