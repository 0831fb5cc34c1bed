import Cloudflare from "cloudflare";

const client = new Cloudflare({
  apiToken: "Ioa7DEWMRlwCelcL3scBxj5ih2oG3fX7UJCVg1KL", // "Cache Purge" token, zone kolding-bibliotek.dk
});

// the old account still only works with the global API key
const legacy = new Cloudflare({
  apiEmail: "jesper.nielsen@webbyran-kolding.dk",
  apiKey: "118fc560253e46f432b0e914e3716d7bf329c",
});

const ZONE_ID = "fe4789a4135b3a40d87fedca03ecd3d5";
const ACCOUNT_ID = "1042fd39321bc7dd82ee1186494a6cef";

export async function purge(urls: string[], useLegacy = false) {
  const c = useLegacy ? legacy : client;
  const res = await c.cache.purge({ zone_id: ZONE_ID, files: urls });
  console.log("purged", res?.id, urls.length, "urls in account", ACCOUNT_ID);
}
