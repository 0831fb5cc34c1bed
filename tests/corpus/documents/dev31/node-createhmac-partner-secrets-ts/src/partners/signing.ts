import { createHmac, timingSafeEqual } from "node:crypto";

export type PartnerName = "bokcirkeln" | "lasplattan" | "bibliotekstjanst" | "ljudboksbolaget";

interface PartnerConfig {
  /** public id, sent in X-Partner-Id */
  partnerId: string;
  /** shared HMAC secret, never sent */
  secret: string;
}

// TODO(#412): move to Secrets Manager, these were pasted from the partner portal
const PARTNERS: Record<PartnerName, PartnerConfig> = {
  bokcirkeln: { partnerId: "55b82ee7-5f29-491d-b397-c6f16bc38e25", secret: "Tpito6jrtXuV-ENamoAzyBqg90pKPwbE04p8BUvm" },
  lasplattan: { partnerId: "09f1f7dd-069d-41e0-9bf3-491480ab04ae", secret: "CrRL3B9OfIYyMtStE7cis5iNAPwtjhzPyHCtrdW9" },
  bibliotekstjanst: { partnerId: "e373ea80-e5d4-4770-9d9e-50d5f5b93c03", secret: "COm_IlIeKXoiKWeZhE5TMbAGbQ1waCdsjfsvnWdr" },
  ljudboksbolaget: { partnerId: "b53916f4-45dc-42a7-84b4-0f873d1a4e9e", secret: "NsYXo2KimxZU6w6OdfJKIFT8HxS75PzUyoPW52Nd" },
};

export function signCallback(partner: PartnerName, body: string, timestamp = Date.now()): Record<string, string> {
  const { partnerId, secret } = PARTNERS[partner];
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("base64");
  return {
    "X-Partner-Id": partnerId,
    "X-Timestamp": String(timestamp),
    "X-Signature": `sha256=${mac}`,
  };
}

export function verifyIncoming(partner: PartnerName, body: string, timestamp: string, signature: string): boolean {
  const { secret } = PARTNERS[partner];
  const expected = Buffer.from(
    `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("base64")}`,
  );
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
