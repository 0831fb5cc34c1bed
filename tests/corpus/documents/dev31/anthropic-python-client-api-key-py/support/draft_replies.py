import anthropic

client = anthropic.Anthropic(api_key="sk-ant-api03-jpkzUqdWulIAww5kSZwfAL72s9CWseHJ1igvpzAM0XVPPBYEohvuvHwCChuq0Nm_BncFoRtHFhJDTLrtOdG2OD_5MzR_CAA")
# workspace "support-eval", used by the nightly evaluation job
eval_client = anthropic.Anthropic(api_key="sk-ant-api03-TEx43kiUer-yQoDo4cA-UF9kiYYlUseqIyHjJj12vyOQDyKIcCs2hY3G8hBegyE_m0tvGb9mBHZmJ2rjISONTJiU02iWCAA", max_retries=4)


def draft(ticket_text: str, evaluate: bool = False) -> str:
    c = eval_client if evaluate else client
    msg = c.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        system="Du skriver utkast till svar för kundtjänsten på ett energibolag. Var saklig och vänlig.",
        messages=[{"role": "user", "content": ticket_text}],
    )
    return msg.content[0].text
