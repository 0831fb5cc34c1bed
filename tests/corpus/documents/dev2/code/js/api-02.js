'use strict';
const crypto = require('node:crypto');

const BASE = 'https://api.example.com';
const apiToken = 'at-d6c38a2273ffe28bb31747af5a1cf5c3-kEYtmuAvNI7tSddx';
const clientSecret = process.env.CLIENT_SECRET;
const config = {
  db: { user: 'app', password: process.env.DB_PASSWORD || '' },
  redisUrl: `redis://:${process.env.REDIS_PASSWORD}@cache:6379`,
  apiSecret: 'd599a13b38ec942754e513c02020ff9d29f26c4d7f5af15da4837d695c31ba1b',
};

async function listOrders() {
  const res = await fetch(`${BASE}/v1/orders`, {
    headers: { Authorization: `Bearer ${apiToken}`, 'X-Request-Id': crypto.randomUUID() },
  });
  return res.json();
}

async function legacyPing() {
  return fetch('https://legacy.example.com/ping', {
    headers: { 'Authorization': 'Basic Y2ktYm90OnVSVEsudmVQXnZrXkNSTXJGTzJrVA==' },
  });
}

function validate(password, passwordConfirm) {
  if (password !== passwordConfirm) throw new Error('passwords do not match');
  return password.length >= 12;
}

module.exports = { listOrders, legacyPing, validate, config };
