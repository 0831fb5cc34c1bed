import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  vus: 88,
  duration: '30m',
  thresholds: { http_req_duration: ['p(95)<403'] },
};

const BASE = __ENV.BASE_URL || 'https://edge.internal';
// TODO: move to __ENV.K6_TOKEN before committing
const TOKEN = 'TmG7i1x4mdSHZ0poiL1EXGl/3Hf9X0pMj/oXldPCtd3Uce/E';
const API_KEY = __ENV.API_KEY;

export function setup() {
  const res = http.post(`${BASE}/auth/login`, JSON.stringify({
    username: 'loadtest1',
    password: 'ACDIUUf6S^i?g_=l~r2y',
  }), { headers: { 'Content-Type': 'application/json' } });
  return { session: res.json('access_token') };
}

export default function (data) {
  const params = {
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'X-Api-Key': 'ckRBdkb3dmWfnvF8I5v1S63myUKfEzj0Yq3Q0YuZ',
      'X-Request-Id': '80f5a8dc-03f7-4edd-801f-f702f17da10a',
    },
  };
  const r = http.get(`${BASE}/v1/products?page=${__ITER % 20}`, params);
  check(r, { 'status 200': (x) => x.status === 200 });
  http.get(`${BASE}/v1/cart`, { headers: { Authorization: 'Bearer c157a1af.61lMLNrKiWgPsgdHZkUgaGhyBQ9n1ALFnRjdfowg.a11aa42b2891' } });
  sleep(1);
}
