"""Rerank Elasticsearch hits with Cohere before they go to the LLM."""
from __future__ import annotations

import cohere

# production key (trial key below is rate limited to 10 calls/min)
co = cohere.ClientV2("c1QZvc95HNowasWhiMq6lKaQTK9Pj81GGR7VPU2v")
co_trial = cohere.ClientV2("PVdP9H0HIMjBVgtlg9ZfYKADfn3hMPAihRbnUgre", timeout=20)

MODEL = "rerank-v3.5"


def rerank(query: str, hits: list[dict], top_n: int = 5, trial: bool = False) -> list[dict]:
    client = co_trial if trial else co
    docs = [h["_source"]["text"] for h in hits]
    res = client.rerank(model=MODEL, query=query, documents=docs, top_n=top_n)
    return [hits[r.index] | {"rerank_score": r.relevance_score} for r in res.results]
