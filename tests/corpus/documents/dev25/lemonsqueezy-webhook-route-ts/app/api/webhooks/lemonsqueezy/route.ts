import crypto from "node:crypto";
import { NextResponse } from "next/server";

import { db } from "@/lib/db";

// Settings > Webhooks > "Signing secret" (store: kursportalen)
const SIGNING_SECRET = process.env.LEMONSQUEEZY_WEBHOOK_SECRET ?? "H3o1ylKTcoWH3mUeY9ekqMdhbaL6ZvMf";
// API key used to look up the subscription after the webhook (Settings > API)
const LS_API_KEY = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlczdUJVUFE5azQ3NVVTcDhkRDVaMEMifQ.eyJpc3MiOiJodHRwczovL2xvZ2luLmt2YXJ0ZXJzYXBwZW4uc2UiLCJzdWIiOiJzZ2h0bHdvcDJ4cDdhOHVxaTMzc3RuZGkiLCJhdWQiOiJodHRwczovL2FwaS5wYXJ0bmVyLmdyb3NzaXN0LnNlIiwiaWF0IjoxNzY5MTk0NTMyLCJleHAiOjE3NjkxOTgxMzIsImp0aSI6Ijc4Y2M5OTQ4ZTRhOTUxNzIifQ.f5cT0Pdo3Jim1R1PobrXysj6xMy-97d7hAsTZ_30M3Jqaw-w0xgmJY21ueEZx-5s-iCjTelx_XGEDnRtVcZynHwaeMpo2Pa87IKlHsagVj1SMf7HsZZAOGewnEeuYXwSttbP48k7qx3y8Cel_C11CUPcdVaPeufzsauaipFnFISGuNpild_ADr2r3UcnA5LRMhqQilWTIQuPQRRwUG9QkgZd1zppBgkopGRWgfdkfokxXHPRNAwnT0hQsOGB_bMFDN7TDenv0fN1RQAtGfRqKZFhUxetWZvxWUqewF0AEIgr8IT36KpvoWqqBCMV8cyR8kaRedxg4etZvs3-FAo_gg";

export async function POST(req: Request) {
  const raw = await req.text();
  const hmac = crypto.createHmac("sha256", SIGNING_SECRET);
  const digest = Buffer.from(hmac.update(raw).digest("hex"), "utf8");
  const signature = Buffer.from(req.headers.get("x-signature") ?? "", "utf8");
  if (digest.length !== signature.length || !crypto.timingSafeEqual(digest, signature)) {
    return NextResponse.json({ error: "invalid signature" }, { status: 401 });
  }
  const event = JSON.parse(raw);
  const subId = event.data?.id;
  const sub = await fetch(`https://api.lemonsqueezy.com/v1/subscriptions/${subId}`, {
    headers: {
      Accept: "application/vnd.api+json",
      Authorization: `Bearer ${LS_API_KEY}`,
    },
  }).then((r) => r.json());
  await db.subscription.upsert({
    where: { lsId: subId },
    update: { status: sub.data.attributes.status },
    create: { lsId: subId, status: sub.data.attributes.status, email: sub.data.attributes.user_email },
  });
  return NextResponse.json({ ok: true });
}

// Local test:
// curl -X POST localhost:3000/api/webhooks/lemonsqueezy \
//   -H 'X-Signature: cf958a1517ffc8de93ee5721fc3465de0b67642243e8b5b27305c1c9bf84dded' -H 'X-Event-Name: subscription_updated' \
//   --data-binary @fixtures/subscription_updated.json
