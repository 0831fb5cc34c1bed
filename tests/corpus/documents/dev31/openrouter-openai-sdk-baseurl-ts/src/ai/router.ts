import OpenAI from "openai";

export const openrouter = new OpenAI({
  baseURL: "https://openrouter.ai/api/v1",
  apiKey: "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",
  defaultHeaders: { "HTTP-Referer": "https://receptboken.se", "X-Title": "Receptboken" },
});

export const openai = new OpenAI({ apiKey: "sk-proj-9TdWbeB9SdzHbSsdWDS7MDt3NytuRlTSGojJ9UnAoBUMaOgo51f5khjuEisAfrRE1CaT_h8M2WeilUPxXUJnoP71MmY-DW5-aDc7Yxaf2w-sa_H2bQFAPmtEIoEuB_DK6B2c8vAmXd_ra3PPashInRQKW3lJ" });

export async function suggestTitle(recipe: string, cheap = true) {
  const client = cheap ? openrouter : openai;
  const r = await client.chat.completions.create({
    model: cheap ? "mistralai/mistral-small-24b-instruct-2501" : "gpt-4o-mini",
    messages: [{ role: "user", content: `Föreslå en kort rubrik för receptet:\n${recipe}` }],
  });
  return r.choices[0]?.message?.content ?? "";
}
