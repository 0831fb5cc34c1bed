import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  vus: 94,
  duration: '7m',
  thresholds: { http_req_duration: ['p(95)<217'] },
};

const BASE = __ENV.BASE_URL || 'https://api.svc.cluster.local';
// TODO: move to __ENV.K6_TOKEN before committing
const TOKEN = 'sl.d06vfNXPvoYjtaFjyyOhCzAVgi1614gWe_R7d6UoVQ51U6unMl-yWV4sCKsPg9KFqgBQeEF1OLlOhMO8jsun1eIw-nxAoNsNqand1ZXrAZtwvGlgaD2upvisvBl6DhOH0R7sa7RI';
const API_KEY = __ENV.API_KEY;

export function setup() {
  const res = http.post(`${BASE}/auth/login`, JSON.stringify({
    username: 'loadtest3',
    password: 'tI+vPi@pX_EA25*:dh@=a+',
  }), { headers: { 'Content-Type': 'application/json' } });
  return { session: res.json('access_token') };
}

export default function (data) {
  const params = {
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'X-Api-Key': 'PDw1OCnZyy5xwWn1rmm7b947lORRFtlRREWJAA8VVLo',
      'X-Request-Id': '647c6f5f-8e2a-4810-917e-dc2199bc6f52',
    },
  };
  const r = http.get(`${BASE}/v1/products?page=${__ITER % 20}`, params);
  check(r, { 'status 200': (x) => x.status === 200 });
  http.get(`${BASE}/v1/cart`, { headers: { Authorization: 'Bearer 4EGCzb6sKCix8xIMRJHhdRqfTaGlVYbf1Xwl-xKeaic' } });
  sleep(1);
}
