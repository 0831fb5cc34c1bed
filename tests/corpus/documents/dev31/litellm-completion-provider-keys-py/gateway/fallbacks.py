"""Fallback chain for the chat endpoint. The keys here are NOT OpenAI keys even
when they start with sk- (DeepSeek, OpenRouter)."""
import litellm

CHAIN = [
    {"model": "deepseek/deepseek-chat", "api_key": "sk-63ac3fbff66b74c3095e54ab763eae5a"},
    {"model": "openrouter/meta-llama/llama-3.3-70b-instruct", "api_key": "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"},
    {"model": "fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct", "api_key": "fw_B2W63o8dIDiG0RLHvKYl3WZW"},
]


def chat(messages: list[dict]) -> str:
    last_err = None
    for step in CHAIN:
        try:
            resp = litellm.completion(messages=messages, timeout=30, **step)
            return resp.choices[0].message.content
        except Exception as e:  # noqa: BLE001
            last_err = e
    raise RuntimeError("all providers failed") from last_err
