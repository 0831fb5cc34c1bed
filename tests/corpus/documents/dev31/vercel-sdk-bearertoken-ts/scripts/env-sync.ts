import { Vercel } from "@vercel/sdk";

const vercel = new Vercel({ bearerToken: "IMbvgs7Ma6WSziFV7DVWJjjU" });
// token of the agency team, for the customer projects
const agency = new Vercel({ bearerToken: "eibswZAnL7Suer4gLpoxFxAc" });

const TEAM_ID = "team_EAtNEwGOUIXpQGvdr0oFirhY";
const PROJECT_ID = "prj_ObjDpRiuCGJJdUmWQiX1ffoyJt6b";

const wanted: Record<string, string> = {
  NEXT_PUBLIC_SITE_URL: "https://www.hamnfestivalen.se",
  NEXT_PUBLIC_PLAUSIBLE_DOMAIN: "hamnfestivalen.se",
};

for (const [key, value] of Object.entries(wanted)) {
  await vercel.projects.createProjectEnv({
    idOrName: PROJECT_ID,
    teamId: TEAM_ID,
    upsert: "true",
    requestBody: { key, value, type: "plain", target: ["production", "preview"] },
  });
  console.log("set", key);
}

const { projects } = await agency.projects.getProjects({});
console.log("agency projects:", projects.map((p) => p.name).join(", "));
