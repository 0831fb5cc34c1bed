from pathlib import Path

from huggingface_hub import HfApi, snapshot_download

api = HfApi(token="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")  # write token, org "kommunforbundet-ai"
reader = HfApi(token="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")

REPO = "kommunforbundet-ai/sv-arendeklassning-v3"


def publish(model_dir: Path) -> None:
    api.create_repo(REPO, private=True, exist_ok=True)
    api.upload_folder(folder_path=str(model_dir), repo_id=REPO, commit_message="v3: retrained on 2026-10 data")


def fetch(revision: str = "main") -> str:
    return snapshot_download(REPO, revision=revision, token=reader.token)
