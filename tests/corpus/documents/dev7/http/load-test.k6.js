import http from 'k6/http';
import { check, sleep } from 'k6';

export const options = { vus: 20, duration: '2m', thresholds: { http_req_failed: ['rate<0.01'] } };

const params = {
  headers: {
    Authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IndLa2lMVkctZ1BLd1VQN0JueC1XcHd2UVdqQyJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJzdWIiOiJkMDQ4OGJkZS1iYzcyLTRiYWYtYjUwMC05YTEwN2M2NmZiYjEiLCJhdWQiOiJodHRwczovL2FwaS5jb3JwLmV4YW1wbGUiLCJpYXQiOjE3MTkyNzU2MDcsImV4cCI6MTcxOTI3NjUwNywic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSIsImp0aSI6Ikc4RnpNdVNyOU9pUEdIbEEifQ.8noHJZXpUrKWFgYvLyCF9d184qzmNwPdgr2oDe00QyruSq4MJVChrjtZAXpOF0PJBHt87M8G1Yq8JV5hkE6SowsjM0kIR-4nClKRqO2BUREPo-_g4E-oJnUr26pxUYoI5bR7jN3byHsUOnCprYFiqwAoZhWUL1ycyzwGJIcTaNMSmOo0zQ1Md7fJAxTUhseVHkvYGFcxAEQoogSdyZtkTrQTDBdcDi9Yarbl-K_zlbbBeRzragHclNM60829h5rtFEg6ZIyLO-J64lRO2hIS6lyOgc0VOdCRiSAFFOYEr1OkLTO1C5gMJ4pxrIco0vAsS_dx--0sy3W9au1_bPkyJg',
    'Content-Type': 'application/json',
  },
  tags: { run: '459669f7-9363-4bbe-bd63-b26ac40c646a' },
};

export default function () {
  const res = http.get('https://staging-api.corp.example/v1/catalog?page=' + (__ITER % 50), params);
  check(res, { 'status is 200': (r) => r.status === 200 });
  sleep(1);
}
