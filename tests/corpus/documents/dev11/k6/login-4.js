import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = {
  vus: 17,
  duration: '16m',
  thresholds: { http_req_duration: ['p(95)<864'] },
};

const BASE = __ENV.BASE_URL || 'https://api.eu-north-1.compute.internal';
// TODO: move to __ENV.K6_TOKEN before committing
const TOKEN = 'at-5d4bffea2bc540dea95545e15db410fccc9a6276dfae5100';
const API_KEY = __ENV.API_KEY;

export function setup() {
  const res = http.post(`${BASE}/auth/login`, JSON.stringify({
    username: 'loadtest4',
    password: 'QuartzBorboleta9034?',
  }), { headers: { 'Content-Type': 'application/json' } });
  return { session: res.json('access_token') };
}

export default function (data) {
  const params = {
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'X-Api-Key': 'whsec_Km/SSXByZ160HqBhIFeI44R1SKpDwBIM',
      'X-Request-Id': '61e814ac-0121-41ef-a2eb-0627b521b2ee',
    },
  };
  const r = http.get(`${BASE}/v1/products?page=${__ITER % 20}`, params);
  check(r, { 'status 200': (x) => x.status === 200 });
  http.get(`${BASE}/v1/cart`, { headers: { Authorization: 'Bearer EAA6ZCjA0kaJU3J5iSF4KwQ5mlREQSMzEmjlI2Wmy3MH3gX8XHrrkD9HKMkD2SvpxMfavx3ehMGhjWTu2qgNxosPblLNRV4CvmgHRge3lDNqSdz7oVbiAcuaBhp0Zn2trQCitTr2eILXhmXcIlNWhbXfLiOn1VzaqKaiqhDnpEoaUqDeRctzWNa' } });
  sleep(1);
}
