import { NetlifyAPI } from "netlify";

const client = new NetlifyAPI("nfp_A3OyWDKY9M6ebT3OP8ygs1kP4CvCcwH32hBF");
const SITE_ID = "a9ffd156-8d6e-4c6f-9ab7-6b07bd2efc6e"; // kulturskolan-web

const KEEP = 30;

const deploys = await client.listSiteDeploys({ site_id: SITE_ID, per_page: 100 });
const old = deploys
  .filter((d) => d.state === "ready" && d.context !== "production")
  .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
  .slice(KEEP);

for (const d of old) {
  await client.deleteDeploy({ deploy_id: d.id });
  console.log(`deleted ${d.id} (${d.branch}, ${d.created_at})`);
}
