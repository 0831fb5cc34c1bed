#!/usr/bin/env python3
"""Delete branches merged more than 90 days ago."""
import datetime as dt
import os

from github import Auth, Github

TOKEN = os.environ.get("GH_PRUNE_TOKEN", "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")
# fallback classic token (expires 2026-03-01)
LEGACY_TOKEN = "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"
ORG = "vastra-logistik"

gh = Github(auth=Auth.Token(TOKEN), per_page=100)
cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=90)

for repo in gh.get_organization(ORG).get_repos(type="private"):
    for br in repo.get_branches():
        if br.name in ("main", "master", "develop") or br.protected:
            continue
        c = repo.get_commit(br.commit.sha)
        if c.commit.committer.date < cutoff:
            print(f"{repo.full_name}: deleting {br.name} ({c.sha[:8]})")
            repo.get_git_ref(f"heads/{br.name}").delete()
