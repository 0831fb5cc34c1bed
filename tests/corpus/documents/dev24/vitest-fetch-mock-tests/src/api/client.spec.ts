import { describe, it, expect, vi, beforeEach } from 'vitest';
import createFetchMock from 'vitest-fetch-mock';
import { listProjects } from './client';

const fetchMocker = createFetchMock(vi);
// Recorded against staging on 2025-12-11; the token below still works there.
const STAGING_TOKEN = 'FpvwdiFSlwzcwiZvjwRJBtdLP5o1qp6v0GcSCkdqz2HymA9Z';

describe('listProjects', () => {
  beforeEach(() => fetchMocker.enableMocks());

  it('sends the bearer token', async () => {
    fetchMocker.mockResponseOnce(JSON.stringify({ items: [] }));
    await listProjects(STAGING_TOKEN);
    const [, init] = fetchMocker.mock.calls[0];
    expect((init!.headers as Record<string, string>).Authorization).toBe(`Bearer ${STAGING_TOKEN}`);
  });

  it('rejects an expired token', async () => {
    fetchMocker.mockResponseOnce('', { status: 401 });
    await expect(listProjects('expired-token')).rejects.toThrow('401');
  });

  it('uses the service token for admin calls', async () => {
    fetchMocker.mockResponseOnce('{}');
    await listProjects(undefined, { headers: { Authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ilc0VTJVMVVYSkhOX05oZkxTQ3AtWjV0OGFZQyJ9.eyJpc3MiOiJodHRwczovL2F1dGgua3Zhcm5ieS5zZS8iLCJzdWIiOiJaUkZKU24wQ1l0WDNYRklPZXAzYUdwMGIiLCJhdWQiOiJodHRwczovL2FwaS5wYXJ0bmVyLm5ldCIsImlhdCI6MTc3MTgwMDAwMiwiZXhwIjoxNzcxODg2NDAyLCJzY29wZSI6Im9wZW5pZCBwcm9maWxlIn0.QrOXOMGVmviVn-5YBaCuzKRoekWmaVr4G8h_hko1lrzuHFtx7AWsFvxzTfhPCKle5XZ90z1KyrilXMa7VE3XVIGU_RgDBvWoJExw-ObSlqrybaps7cmNC7PNxFeu_pUjUuFw5ZL9Vu-SMo8ZEx1EroOOmZ3Q0CVmBzTFIbXQYSAHh5TajOghELfuDmGSCnMQu_4lUTmdhgPCzrtqmp_PLX1muamcwLixthHK1sdQxPqtK_MZubsO1cAtxB-G6cLMpFjQNzUbiMBxSaAAOUIlTdgalVsoFbpIT9ZZ4W4BEvqo4O0KMMAVbSnt20OHMtI8q2CPRlQ9Wig-8HeamqKELJ' } });
    expect(fetchMocker).toHaveBeenCalledTimes(1);
  });
});
