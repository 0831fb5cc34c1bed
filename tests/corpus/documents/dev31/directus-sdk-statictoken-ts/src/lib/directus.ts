import { createDirectus, rest, staticToken, readItems } from "@directus/sdk";

type Schema = { events: { id: number; title: string; starts_at: string; venue: string }[] };

// public site: read-only token of the "webb" user
export const directus = createDirectus<Schema>("https://cms.kulturforeningen-ljus.se")
  .with(staticToken("6wXqLp_FpHYeLa_TEkdUmXONutb3OMEp"))
  .with(rest());

// import script: token of the "import" user (create/update on events)
export const directusAdmin = createDirectus<Schema>("https://cms.kulturforeningen-ljus.se")
  .with(staticToken("Sp46KoK6w-b2ghDerJoGnxLzNJv2dEQH"))
  .with(rest());

export const upcoming = () =>
  directus.request(readItems("events", { filter: { starts_at: { _gte: "$NOW" } }, sort: ["starts_at"], limit: 20 }));
