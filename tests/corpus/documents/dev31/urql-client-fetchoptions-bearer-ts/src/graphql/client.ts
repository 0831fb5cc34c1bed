import { Client, cacheExchange, fetchExchange } from "@urql/core";

// service token for the storefront BFF (read-only scope)
const STOREFRONT_TOKEN = "LJLUwEZcoBduDjaNZ6bK4tInxCP1G3Mhj73SCIqXaXmO-vrW";

export const client = new Client({
  url: "https://api.cykelbutiken-gbg.se/graphql",
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: () => ({
    headers: { authorization: `Bearer ${STOREFRONT_TOKEN}` },
  }),
});

// preview client for the CMS drafts
export const previewClient = new Client({
  url: "https://cms.cykelbutiken-gbg.se/graphql",
  exchanges: [fetchExchange],
  fetchOptions: {
    headers: { Authorization: "Bearer 469e02f9321e4ba34c5583c6be198b62ddc4112f", "x-preview": "1" },
  },
});
