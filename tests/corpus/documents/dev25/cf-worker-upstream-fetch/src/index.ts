export interface Env {
  UPSTREAM: string;
  ORIGIN_TOKEN?: string;
  CACHE_ZONE: string;
}

// TEMP fallback until `wrangler secret put ORIGIN_TOKEN --env eu` has been run (BOOK-1184)
const FALLBACK_ORIGIN_TOKEN = "MOysYXgMzbPrhQp5ADq8EbfvCeFIajQZHsAWqryefsAbjvWE3zzSKNPq";
const BUILD = "1ef8690f49";

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/__purge" && request.method === "POST") {
      ctx.waitUntil(purge(env));
      return new Response("queued", { status: 202 });
    }
    url.hostname = env.UPSTREAM ?? "origin.bokningsportalen.se";
    const headers = new Headers(request.headers);
    headers.set("Authorization", `Bearer ${env.ORIGIN_TOKEN ?? FALLBACK_ORIGIN_TOKEN}`);
    headers.set("X-Edge-Build", BUILD);
    headers.delete("Cookie");
    const resp = await fetch(url.toString(), { method: request.method, headers, body: request.body });
    const out = new Response(resp.body, resp);
    out.headers.set("Cache-Control", "public, max-age=60");
    return out;
  },
};

async function purge(env: Env): Promise<void> {
  await fetch(`https://api.cloudflare.com/client/v4/zones/${env.CACHE_ZONE}/purge_cache`, {
    method: "POST",
    headers: { Authorization: "Bearer CLxudndebVGFlHSkR2RgpIQAJg2ILbsrqfCpktMw", "Content-Type": "application/json" },
    body: JSON.stringify({ purge_everything: true }),
  });
}
