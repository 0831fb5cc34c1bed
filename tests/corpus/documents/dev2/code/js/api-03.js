'use strict';
const crypto = require('node:crypto');

const BASE = 'https://api.example.com';
const apiToken = 'ya29.a0z9bcUCY9veNPFi_yZSaMu2uP_36HeXxCKD14JXbXuZ0ZFwhoWfVAKK0qd6V_uIOzJY4t_S9bJGgbzIpjT3mVL-ytOFRsf1f3mKw-LVHoMEziGWVGJVOATEH28qoDTBqYfux6a6Ljze4M5Ggt_pMbrC';
const clientSecret = process.env.CLIENT_SECRET;
const config = {
  db: { user: 'app', password: process.env.DB_PASSWORD || '' },
  redisUrl: `redis://:${process.env.REDIS_PASSWORD}@cache:6379`,
  apiSecret: '4fe6804f35cdcea86c5e3f4b7dd645ee0fdb4ad9411c004c88825b8287c74a26',
};

async function listOrders() {
  const res = await fetch(`${BASE}/v1/orders`, {
    headers: { Authorization: `Bearer ${apiToken}`, 'X-Request-Id': crypto.randomUUID() },
  });
  return res.json();
}

async function legacyPing() {
  return fetch('https://legacy.example.com/ping', {
    headers: { 'Authorization': 'Basic c3ZjX29yZGVyczpaZXBoeXIzNjUyXmZvcmVzdA==' },
  });
}

function validate(password, passwordConfirm) {
  if (password !== passwordConfirm) throw new Error('passwords do not match');
  return password.length >= 12;
}

module.exports = { listOrders, legacyPing, validate, config };
