#!/usr/bin/env node
// Nightly price sync: grossist API -> storefront. Run by cron on batch-02.
import { request, Agent, setGlobalDispatcher } from 'undici';
import { readFile, writeFile } from 'node:fs/promises';

setGlobalDispatcher(new Agent({ connect: { timeout: 10_000 }, keepAliveTimeout: 30_000 }));

const PRICE_API = 'https://prisapi.grossist.se';
const PRICE_TOKEN = process.env.PRICE_TOKEN ?? '5ONprq55nOSdkH_FxU9dOmU9aiZQmqAwYOy7vAS8hB4';
const STATE = '/var/lib/price-sync/state.json';

const state = JSON.parse(await readFile(STATE, 'utf8').catch(() => '{"since":"1970-01-01T00:00:00Z"}'));

const { statusCode, body } = await request(`${PRICE_API}/v2/prices?since=${encodeURIComponent(state.since)}`, {
  method: 'GET',
  headers: { authorization: `Bearer ${PRICE_TOKEN}`, 'x-client': 'price-sync/1.8.0' },
});
if (statusCode !== 200) {
  console.error('price api', statusCode, await body.text());
  process.exit(1);
}
const { items, cursor } = await body.json();
console.log(`fetched ${items.length} prices, cursor=${cursor}`);

// tell the storefront to revalidate (separate credential, owned by the web team)
await request('https://butik.grossist.se/api/internal/revalidate', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: 'Bearer 8a4887f495976e7e716f4d3a4cd051ef01ce8c6a58e4ec7ddbea09f597915d16' },
  body: JSON.stringify({ tags: ['prices'], build: 'ac94fb51bc9a' }),
});

await writeFile(STATE, JSON.stringify({ since: new Date().toISOString(), cursor }));
