from mistralai import Mistral

MODEL = "mistral-small-latest"
client = Mistral(api_key="II45LeqJugoaWCwVAqFlqMem3uo50KGK")


def answer(question: str, context: list[str]) -> str:
    prompt = "Réponds en français à partir du contexte.\n\n" + "\n---\n".join(context) + f"\n\nQuestion : {question}"
    res = client.chat.complete(model=MODEL, messages=[{"role": "user", "content": prompt}])
    return res.choices[0].message.content
