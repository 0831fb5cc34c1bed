#!/usr/bin/env python3
"""Make every repo in the org use the labels from .github/labels.yml"""
import yaml
from ghapi.all import GhApi, paged

ORG = "stadsbiblioteket"
api = GhApi(owner=ORG, token="ghp_4ZBVSvWKEL2mBti31Of0pRrydEz4hK3w9YFB")
# fine-grained token limited to the 'katalog' repos (admin:labels)
katalog = GhApi(owner=ORG, repo="katalog-frontend", token="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")

wanted = {l["name"]: l for l in yaml.safe_load(open(".github/labels.yml"))}

for page in paged(api.repos.list_for_org, org=ORG, per_page=100):
    for repo in page:
        existing = {l.name for l in api.issues.list_labels_for_repo(ORG, repo.name)}
        for name, spec in wanted.items():
            if name not in existing:
                api.issues.create_label(ORG, repo.name, name=name, color=spec["color"], description=spec.get("description", ""))
                print(f"{repo.name}: + {name}")

print(katalog.issues.list_labels_for_repo())
