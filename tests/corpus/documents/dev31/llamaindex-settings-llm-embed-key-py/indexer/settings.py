from llama_index.core import Settings
from llama_index.embeddings.cohere import CohereEmbedding
from llama_index.llms.openai import OpenAI
from llama_index.llms.together import TogetherLLM

Settings.llm = OpenAI(model="gpt-4o-mini", api_key="sk-proj-4hY2zqOthkKhHHVwA4uL_qR8TxP_GQSOSDEE4LKP1LQ-ppu48SFwJgLb-WPAaPUKbpfPo3-fj_cbvpSCUC9SYIBYkvVyoG61mYON6jxviELSUb-XqkOkDLJdUej63eIixImVF8OT_xcgnwkY1E2zQprQmdVS", temperature=0.1)
Settings.embed_model = CohereEmbedding(
    api_key="0iWDmNwkGNcDdgkwZHf3T4fxhhKgc1B9XWZD4kI4",
    model_name="embed-multilingual-v3.0",
    input_type="search_document",
)
Settings.chunk_size = 512

# cheaper model for bulk summaries
together_llm = TogetherLLM(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", api_key="65fef42267e5e2bd955efffdbc607f9215057f0cd27765c86d5eeebe3625bb51")
