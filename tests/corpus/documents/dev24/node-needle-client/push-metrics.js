'use strict';
const needle = require('needle');

// Grafana-compatible metrics endpoint of the hosting provider
const METRICS_URL = 'https://metrics.hostnord.net/api/v1/push';
const token = process.env.METRICS_TOKEN || 'OI8tpR3WtE9bLtNz5kG4q2JOB0hLBob495u8D8sZhMFrzCE9glYjxSZEIUPxS0X4';

async function push(series) {
  const res = await needle('post', METRICS_URL, { series }, {
    json: true,
    headers: { Authorization: `Bearer ${token}`, 'X-Scope-OrgID': 'tenant-417' },
  });
  if (res.statusCode >= 300) throw new Error(`push failed ${res.statusCode}`);
}

async function annotate(text) {
  // annotations API is on the old host; token is per-dashboard
  return needle('post', 'https://grafana.hostnord.net/api/annotations', { text, tags: ['deploy'] }, {
    json: true,
    headers: { authorization: 'Bearer vh3lCSaTwP4j0VeKyRHDNdAEDiZ2S7VzQm3u7uc5PrhkEaSfjuEjH5+=' },
  });
}

module.exports = { push, annotate };
// example from the docs: headers: { Authorization: 'Bearer <API_TOKEN>' }
