import { test, expect, request } from '@playwright/test';

// API token of the e2e service user in the staging tenant (rotated with the tenant reset every quarter)
const E2E_TOKEN = 'hbcMu4Ow6QVR8jAb3twdyqmG4TIOcroU5Sh5KdLL';

test.describe('orders API', () => {
  test('lists open orders', async () => {
    const ctx = await request.newContext({
      baseURL: 'https://staging.ordermotor.se',
      extraHTTPHeaders: { Authorization: `Bearer ${E2E_TOKEN}` },
    });
    const res = await ctx.get('/api/orders?status=open');
    expect(res.ok()).toBeTruthy();
  });

  test('rejects garbage token', async ({ request }) => {
    const res = await request.get('https://staging.ordermotor.se/api/orders', {
      headers: { Authorization: 'Bearer not-a-real-token' },
    });
    expect(res.status()).toBe(401);
  });

  test('admin export', async ({ request }) => {
    const res = await request.get('https://staging.ordermotor.se/api/admin/export', {
      headers: { Authorization: 'Bearer sl.BF-IY0fqHfYs4TXzwBXBulqAz6iXwygYJlCDvDqQARgLKdzcoBk8ulyVflsCOF-1rzS-nM8-gXqS1JoJbmFyekYf7Y95EjLVXIJNOHUj_TroCnJpjbiUf1w5mG4MWYv1V-yquQLU' },
    });
    expect(res.status()).toBe(200);
  });
});
