from openai import OpenAI

client = OpenAI(
    api_key="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",
    timeout=60,
    max_retries=2,
)


# separate project key for the nightly batch jobs (billing split)
batch_client = OpenAI(api_key="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")


def klassificera(text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0,
        messages=[
            {"role": "system", "content": "Klassificera kundärendet: faktura, leverans, reklamation, övrigt."},
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content.strip()
