"""Benchmark text reuse on the COVID corpus (5 outlets, 380 daily files).

Files are split crudely into paragraphs (blank-line separated) and every paragraph of at
least `--min-chars` characters is a document; the corpus stage is not needed. Prints
documents/s, candidate pairs/s, reuse pairs found, and peak memory, for the exact
inverted-index path and the MinHash-LSH path.

    .venv/bin/python benchmarks/bench_reuse.py [--corpus DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
import unicodedata
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from analysis import reuse  # noqa: E402

DEFAULT = Path("/work/shared/corpora/hindi-covid-5papers")


def load_paragraphs(corpus: Path, min_chars: int, limit: int | None) -> pd.DataFrame:
    """One row per paragraph: doc_id '<file stem>:<k>', outlet from the manifest."""
    rows = []
    with open(corpus / "manifest.csv", encoding="utf-8") as fh:
        entries = sorted(csv.DictReader(fh), key=lambda r: r["path"])
    for e in entries:
        text = unicodedata.normalize("NFC", (corpus / e["path"]).read_text(encoding="utf-8"))
        for k, para in enumerate(p.strip() for p in text.replace("\r\n", "\n").split("\n\n")):
            if len(para) >= min_chars:
                rows.append({"doc_id": f"{Path(e['path']).stem}:{k:04d}", "outlet": e["outlet"], "text": para})
    df = pd.DataFrame(rows)
    return df.iloc[:limit] if limit else df


def run(df: pd.DataFrame, label: str, **kw) -> None:
    n = len(df)
    t0 = time.perf_counter()
    pairs, passages = reuse.find_reuse(df, **kw)
    dt = time.perf_counter() - t0
    docs = sorted(reuse._docs_from_frame(df, kw.get("n", 5)), key=lambda d: d.doc_id)
    n_cand = len(reuse._candidates_all_pairs(docs)) if pairs["method"].eq("all-pairs").all() else float("nan")
    by_scope = pairs["scope"].value_counts().to_dict() if len(pairs) else {}
    print(
        f"{label}: {n} docs in {dt:.2f} s = {n / dt:.0f} docs/s; "
        f"{len(pairs)} reuse pairs ({by_scope}), {len(passages)} passages; "
        f"{len(pairs) / dt:.1f} reported pairs/s; candidate pairs {n_cand}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--min-chars", type=int, default=80)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    if not (args.corpus / "manifest.csv").exists():
        sys.exit(f"bench_reuse: {args.corpus}/manifest.csv not found")
    df = load_paragraphs(args.corpus, args.min_chars, args.limit)
    print(f"corpus: {len(df)} paragraphs, {df['text'].str.len().sum()} characters, {df['outlet'].nunique()} outlets")
    run(df, "all-pairs (inverted index)", lsh_min_docs=10**9)
    run(df, "minhash-lsh", lsh_min_docs=200)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
