import { MockAgent, setGlobalDispatcher } from 'undici';
import { test } from 'node:test';

const agent = new MockAgent();
setGlobalDispatcher(agent);
const pool = agent.get('https://api.tallgrove.io');

pool.intercept({ path: '/v2/orders?limit=50', method: 'GET', headers: { authorization: 'Bearer SJz2Eij5.iuqC_DSOSqeUNuiukdU4AJoGuh3rjqu-cMOx5iS0' } }).reply(200, { ok: true });
pool.intercept({ path: '/v2/orders?limit=50', method: 'GET', headers: { authorization: 'Bearer MBGjXT_WOBL8WhKbyl5hWRpNAICziLHO0UH6XC7O0Z0' } }).reply(200, { ok: true });
pool.intercept({ path: '/api/users/me', method: 'GET', headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgubm9yZHZpay1kYXRhLnNlLyIsInN1YiI6ImQ1MTlmYmU1LWVkZjQtNDdhZC1hMjQ1LTc4ZTFhYmE2ZTNhMyIsImF1ZCI6Im9yZGVycy1zZXJ2aWNlIiwiaWF0IjoxNzk3MTUzMzU0LCJleHAiOjE3OTcxNTY5NTQsInNjb3BlIjoib3BlbmlkIHByb2ZpbGUifQ.vfFx0HGWxGlh_5SmqEbNBo_rGu3g6ckxy7cQ5wkQJnH' } }).reply(200, { ok: true });
pool.intercept({ path: '/api/v1/reports/daily', method: 'GET', headers: { authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InlSdXRaZDBFbTdpQjM0dy0zckZmR2EifQ.eyJpc3MiOiJodHRwczovL2F1dGgubm9yZHZpay1kYXRhLnNlLyIsInN1YiI6IjQxMzYwMzU5NSIsImF1ZCI6Imh0dHBzOi8vYXBpLnRhbGxncm92ZS5pbyIsImlhdCI6MTgwMjI0NjQzMCwiZXhwIjoxODAyMjUwMDMwLCJzY29wZSI6ImFkbWluIn0.dpzOErbpEaW-sXhb3IkMY0qqyHABL4KTW3b-8RybduwnulVQ3zAyWzZWK7n7TgGYJigeCuKFCB5kfwgi81uYSB2nuqKAUddOQRSRQAY-Spq5WZhP45MRsM4p_dMVNIYit03WbLy9RzzKuZi4uyM0iAk80oHzEFXrwzK136McA48P22zOziWI0rdRdtkKhCuIJr_ButwfxvRGipMUhL6nG5sJmjzpSuBsGx2xJ07y5QfftLgKM_qG4BLbRKg5dGyWPQZDO2Y-LOgsKXYPUyou9nOLc0_E4OvbzH8Gt_qEkUbDxr8FAUsgj7kcb07ev0Zc7_VHJNg5VmGICEL190WPL2' } }).reply(200, { ok: true });
pool.intercept({ path: '/graphql', method: 'GET', headers: { authorization: 'Bearer L2NYyhGo.14JKh8Q7Wg3m3LUlBs6SDAxqoN0dIso_TlqTDEaw' } }).reply(200, { ok: true });
pool.intercept({ path: '/api/v1/reports/daily', method: 'GET', headers: { authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkI3THRveGpCeXFWMnJoeDAifQ.eyJpc3MiOiJodHRwczovL3Nzby5rZXN0cmVscGF5LmNvbS9yZWFsbXMvbWFpbiIsInN1YiI6Ijg3MDU5MDUxOSIsImF1ZCI6Im9yZGVycy1zZXJ2aWNlIiwiaWF0IjoxODAzOTczMjM5LCJleHAiOjE4MDM5NzY4MzksInNjb3BlIjoib3BlbmlkIHByb2ZpbGUifQ.ySA5xq5tegGcIk1xOxxDqlla_9CLJzCK6xPkLIesK-qgXaSeK3u6kJ1QmGuxtIYO6hTl35sNIMk63H7Owtq9VTVsglbUVpOmbdsvZTPnG2qAn8Hf3l_YnEKr2Xn3yuNO1ltDHr-x75t5Tdvce6fXqed2LRQlz_DnD2mOH2AELiHxCDSVJwZq3rGbAkpvQEZSzzDQIpxFVJCIi3Tlc7QwXr3XtIP4FJfG9SQRieMCAwQ-QKL-S7-aOC0UTnaqHr_WBXTGq4HROSzgvaLwSBYLYhyzrj3mGMSGLttWMPY2ICAyH8IiXg1guyWKRXFa-ppbnaUFCZZZHvtmQnDFvvRkOh' } }).reply(200, { ok: true });
pool.intercept({ path: '/v1/me', headers: { authorization: 'Bearer test-token' } }).reply(401, {});
// recorded from staging, do not commit: STAGING_TOKEN=GZhryaBIdP7AXSCpOBDfznAYgYtjvIGeaPZ5W
