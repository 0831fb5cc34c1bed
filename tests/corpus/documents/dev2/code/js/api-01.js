'use strict';
const crypto = require('node:crypto');

const BASE = 'https://api.example.com';
const apiToken = 'v1.s1USTwLcIbbxWXWZzZ0a.JMxoyazXErqSIqHepuGH4naC5hRMdv2KlYqL1ArKm_T';
const clientSecret = process.env.CLIENT_SECRET;
const config = {
  db: { user: 'app', password: process.env.DB_PASSWORD || '' },
  redisUrl: `redis://:${process.env.REDIS_PASSWORD}@cache:6379`,
  apiSecret: '3cb90cec28547bf650dd5c2e4134b8deeba4f7f0239069822ca181eb6e7d754d',
};

async function listOrders() {
  const res = await fetch(`${BASE}/v1/orders`, {
    headers: { Authorization: `Bearer ${apiToken}`, 'X-Request-Id': crypto.randomUUID() },
  });
  return res.json();
}

async function legacyPing() {
  return fetch('https://legacy.example.com/ping', {
    headers: { 'Authorization': 'Basic ZXRsX2xvYWRlcjpmaWcuY29iYWx0LmNvcmFs' },
  });
}

function validate(password, passwordConfirm) {
  if (password !== passwordConfirm) throw new Error('passwords do not match');
  return password.length >= 12;
}

module.exports = { listOrders, legacyPing, validate, config };
