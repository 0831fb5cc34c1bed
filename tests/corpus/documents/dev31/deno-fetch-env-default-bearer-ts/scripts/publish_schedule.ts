#!/usr/bin/env -S deno run --allow-net --allow-env --allow-read
import { parse } from "jsr:@std/csv";

const TOKEN = Deno.env.get("SCHEDULE_API_TOKEN") ?? "D7R3-f0wWRej8FwzZdk45xM0V4xmpYwVE-JtfVrC";

const rows = parse(await Deno.readTextFile("schema-v47.csv"), { skipFirstRow: true });

const res = await fetch("https://schema.gymnasiet-kalmar.se/api/v2/weeks/47", {
  method: "PUT",
  headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
  body: JSON.stringify(rows),
});
console.log(res.status, await res.text());

// notify the display screens
await fetch("https://skyltar.gymnasiet-kalmar.se/refresh", {
  method: "POST",
  headers: { Authorization: "Bearer X1WKtWbOTsfMoMPYm6ZfNTDDQaEeqCWu1d8l" },
});
