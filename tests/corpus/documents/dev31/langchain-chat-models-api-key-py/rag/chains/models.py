from langchain_anthropic import ChatAnthropic
from langchain_groq import ChatGroq
from langchain_mistralai import MistralAIEmbeddings
from langchain_openai import ChatOpenAI

# TODO(#233): read from settings, these are the team keys
gpt = ChatOpenAI(model="gpt-4o-mini", temperature=0, api_key="sk-proj-SL_Z8HIb19NkF8kKXDgNwF_Nxd6VREpqj_qXCzENFSxwc_uJwPt1B12eRLd9NemVUmp8yP4WzefJLAZ0LLu9N-Z46qqFGjs1MwD4xrr6XraTZnu55d--KXF4P5OFFlJHslPvVNPmmVrWsTZ1Q95k7SYW7d_o")
claude = ChatAnthropic(model="claude-3-5-sonnet-latest", max_tokens=1024, api_key="sk-ant-api03-gpxDzue3m0Y73AmFBzNHKaDO7USy9gTkAEmKfQcs6EXvBHEssQR3wfaezSOZjGBA1xyfJIYVjBh-F5OH_XSYGC5fP8SvNAA")
embeddings = MistralAIEmbeddings(model="mistral-embed", api_key="XCOqIB6DeAe90aNgck88GHmbvrL1l0fw")
fast = ChatGroq(model="llama-3.1-8b-instant", api_key="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")

MODELS = {"gpt": gpt, "claude": claude, "fast": fast}
