"""Renders NOTES.md from the hand-written text below and the build's statistics."""

from notes_head import HEAD


def render(docs, stats, digest):
    out = [HEAD.rstrip() + "\n"]
    out.append("## Counts\n")
    out.append(f"{stats['documents']} documents in {len(stats['carriers'])} carrier directories (one document each), "
               f"{stats['labels']} labels ({stats['occurrences']} labelled occurrences) and "
               f"{stats['lookalikes']} registered look-alikes.\n")
    out.append("| category | labels | labelled occurrences |\n|---|---:|---:|")
    for c, v in stats["per_category"].items():
        out.append(f"| {c} | {v['labels']} | {v['occurrences']} |")
    out.append("")
    out.append("Documents per module: " + ", ".join(f"`{k}.py` {v}" for k, v in sorted(stats["per_module"].items())) + ".\n")
    out.append("## Carriers\n")
    for d in sorted(docs, key=lambda d: d.carrier):
        out.append(f"- `{d.carrier}`: {d.path} ({d.desc}, {len(d.labels)} labels)")
    out.append("")
    out.append("## Determinism hash\n")
    out.append(f"`{digest}` (sha256 over `path NUL sha256(content) LF` of every document, `labels.tsv` and "
               "`stats.json`, sorted by path; printed by `python3 generate.py`).\n")
    return "\n".join(out)
