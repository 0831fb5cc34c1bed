from huggingface_hub import InferenceClient

client = InferenceClient(model="intfloat/multilingual-e5-large", token="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")

with open("docs.txt", encoding="utf-8") as fh:
    rows = [line.strip() for line in fh if line.strip()]

vectors = client.feature_extraction(rows[:64])
print(len(vectors), "embeddings")

# push the result to the hub (write token of the org bot)
from huggingface_hub import HfApi

HfApi(token="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").upload_file(path_or_fileobj="vectors.npy", path_in_repo="vectors.npy", repo_id="kommun-ai/doc-vectors",
                               repo_type="dataset")
