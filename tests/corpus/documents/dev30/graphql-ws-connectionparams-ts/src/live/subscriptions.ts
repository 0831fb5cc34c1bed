import { createClient } from "graphql-ws";

// service account for the wallboard; rotate together with the hasura JWT secret
const WALLBOARD_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJuTVdiWVJCWVFxaHgiLCJodHRwczovL2hhc3VyYS5pby9qd3QvY2xhaW1zIjp7IngtaGFzdXJhLWRlZmF1bHQtcm9sZSI6IndhbGxib2FyZCIsIngtaGFzdXJhLWFsbG93ZWQtcm9sZXMiOlsid2FsbGJvYXJkIl19LCJpYXQiOjE3NjkzNjE5MjUsImV4cCI6MTc2OTM2NTUyNSwianRpIjoiNjZkZmMyZGQ1MDdhNTEwMCJ9.8KXEZN36wXcNCcuICT7z-1nUsxuq3lARTRBllwTlAg8";

export const wsClient = createClient({
  url: "wss://hasura.lager.local/v1/graphql",
  connectionParams: {
    headers: { Authorization: `Bearer ${WALLBOARD_JWT}` },
  },
  retryAttempts: Infinity,
});
