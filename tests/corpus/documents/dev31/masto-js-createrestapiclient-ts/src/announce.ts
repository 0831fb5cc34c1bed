import { createRestAPIClient } from "masto";

const kommunen = createRestAPIClient({
  url: "https://social.kommun.se",
  accessToken: "gYX6AzbSUyBg4y1UKLMJMun4DIoa-QmsfeI2c5QbHtv",
});

const raddningstjansten = createRestAPIClient({
  url: "https://social.kommun.se",
  accessToken: "HLY5djBW9UEAE7gvMyNvO3ZnWZtnVktsZCHaII-mrS2",
});

export async function announce(text: string, urgent = false) {
  const status = await kommunen.v1.statuses.create({ status: text, visibility: "public", language: "sv" });
  if (urgent) {
    await raddningstjansten.v1.statuses.$select(status.id).reblog();
  }
  return status.url;
}
