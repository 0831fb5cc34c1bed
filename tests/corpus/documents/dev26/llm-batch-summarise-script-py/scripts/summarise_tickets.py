from openai import OpenAI
import anthropic

oa = OpenAI(api_key="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")
claude = anthropic.Anthropic(api_key="sk-ant-api03-AblDfRKyeux3OHaLGJdhumPxa_oGlWSMAmTZ-eFSG_9Mevb_hNc2uCvdqYH_90uED9neP1CD6f-Ily5Ior_mvrtgj1434AA")

def summarise(text: str) -> str:
    r = oa.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content
