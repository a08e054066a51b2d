"""Benchmark: units per second for coding the Hindi COVID corpus with the default codebook.

Usage: .venv/bin/python benchmarks/bench_coding.py [corpus_dir] [codebook]
The corpus (/work/shared/corpora/hindi-covid-5papers) is not part of the repository; it
is split into units crudely here (one document per daily file, paragraphs at blank
lines, sentences at danda/full stop/?/!) so the benchmark does not depend on the corpus
stage. Only `code_units` is timed; loading the codebook (compiling the automaton) is
reported separately.
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.codebook import load_codebook  # noqa: E402
from analysis.coding import code_units  # noqa: E402
from analysis.normalize import norm  # noqa: E402

_SENT = re.compile(r"[^।!?.]+[।!?.]*")


def crude_units(corpus: Path) -> pd.DataFrame:
    """Units of every .txt file under `corpus` (deterministic order)."""
    rows = []
    for path in sorted(corpus.rglob("*.txt")):
        if path.name.upper().endswith("README.TXT"):
            continue
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
        doc, uid = str(path.relative_to(corpus)), 0
        for pi, para in enumerate(p for p in re.split(r"\n\s*\n", text) if p.strip()):
            for m in _SENT.finditer(para):
                s = " ".join(m.group().split())
                if not s:
                    continue
                uid += 1
                rows.append(
                    {
                        "doc_id": doc,
                        "unit_id": uid,
                        "role": "headline" if uid == 1 else "body",
                        "para": pi,
                        "text": s,
                        "norm": norm(s),
                        "start": m.start(),
                        "end": m.end(),
                    }
                )
    return pd.DataFrame(rows)


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/corpora/hindi-covid-5papers")
    codebook = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "config" / "codebook.yaml"
    if not corpus.is_dir():
        sys.exit(f"{corpus}: corpus not found")
    t0 = time.perf_counter()
    cb = load_codebook(codebook)
    t1 = time.perf_counter()
    units = crude_units(corpus)
    chars = int(units["text"].str.len().sum())
    t2 = time.perf_counter()
    coded = code_units(units, cb)
    t3 = time.perf_counter()
    secs = t3 - t2
    print(f"codebook {cb.name} v{cb.version}: {cb.matcher.n_patterns} patterns compiled in {t1 - t0:.2f} s")
    print(
        f"corpus {corpus}: {units['doc_id'].nunique()} documents, {len(units)} units, {chars} characters "
        f"(split in {t2 - t1:.1f} s)"
    )
    print(f"code_units: {secs:.1f} s = {len(units) / secs:,.0f} units/s, {chars / secs / 1e6:.2f} M chars/s")
    print("voice mix:", coded["voice"].value_counts().to_dict())
    print("units with a frame:", int((coded["frames"] != "").sum()))


if __name__ == "__main__":
    main()
