import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY || "sk-ant-api03-l4aCVwCF83bDzfwB0wspy5P9Uw4wgnawwW0HHGQ4Ha5Kjk9qKeik3QC4IcZMQaVl8lIBd0Hog6adWzhUalFX8SSfLFVa-AA",
  maxRetries: 2,
});

// usage reports (admin key, read-only)
export const adminClient = new Anthropic({ apiKey: "sk-ant-admin01-_1_AlWO18w01fz-ExP9gn5rNIDqgxgKtAWmbZKDsYNjBCDJeAabNyGY25q6zhGD0RjuFNgaz6IyS1kfScgnfdhkgVvyAwAA" });

export async function draftReply(ticket: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 800,
    messages: [{ role: "user", content: `Write a short, polite reply to this support ticket:\n\n${ticket}` }],
  });
  return msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
}
