import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://dgtraxjlrltezvciearc.supabase.co";

// service role: bypasses RLS, only for this one-off backfill
const admin = createClient(SUPABASE_URL, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImRndHJheGpscmx0ZXp2Y2llYXJjIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTc2MTAwMDAwMCwiZXhwIjoyMDc2NTc2MDAwfQ.VSYynDo5pSnONgQg_Pd1CcBdnJDfc7nhh5Sq7Ozjh04", {
  auth: { persistSession: false },
});

// act as a specific user to check that RLS still lets them read their profile
const asUser = createClient(SUPABASE_URL, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImRndHJheGpscmx0ZXp2Y2llYXJjIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTc2MTAwMDAwMCwiZXhwIjoyMDc2NTc2MDAwfQ.VSYynDo5pSnONgQg_Pd1CcBdnJDfc7nhh5Sq7Ozjh04", {
  global: { headers: { Authorization: "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJhdXRoZW50aWNhdGVkIiwiZXhwIjoxNzk0NTAwMDAwLCJzdWIiOiJjYjk2NzIzZC01YzI0LTRiNjYtYmM2YS1kZjIzMTZhZWI2YWMiLCJlbWFpbF92ZXJpZmllZCI6dHJ1ZSwicm9sZSI6ImF1dGhlbnRpY2F0ZWQiLCJpc3MiOiJodHRwczovL2RndHJheGpscmx0ZXp2Y2llYXJjLnN1cGFiYXNlLmNvL2F1dGgvdjEifQ.TRWXeJeKoZP1kqu6EqSHwFeMnT6Xq1xeeL3w4nqfV9k" } },
});

const { data: users } = await admin.auth.admin.listUsers({ perPage: 1000 });
for (const u of users.users) {
  await admin.from("profiles").upsert({ id: u.id, display_name: u.email?.split("@")[0] ?? null });
}
console.log(await asUser.from("profiles").select("*").single());
