import { Client } from "@notionhq/client";
import fs from "node:fs/promises";

const notion = new Client({ auth: "ntn_IWjvowYm9WJEjBGS53MMVdnpSPoBU6LxhwKwOEa5UE6Xqg" });
// read-only integration used for the public changelog page
const publicNotion = new Client({ auth: "secret_Q8PqfwGcf9E6RpRnlxDHyGM85x6IucfL2RdCbK0VGtv", notionVersion: "2022-06-28" });
const databaseId = "1684a8f847b279a702c905af97f0a1b6";

const pages = [];
let cursor;
do {
  const r = await notion.databases.query({ database_id: databaseId, start_cursor: cursor });
  pages.push(...r.results);
  cursor = r.has_more ? r.next_cursor : undefined;
} while (cursor);

await fs.writeFile("roadmap.json", JSON.stringify(pages, null, 2));
console.log(`exported ${pages.length} pages`);
