"""Corpus+coding of one shard in one process, beside its floor: MB of input per CPU second.

    nice python benchmarks/bench_coding.py --config config/corpora/covid5.yaml
    nice python benchmarks/bench_coding.py --config /tmp/hma-10k/config.yaml --max-mb 9 --profile 25

Runs what the `shard` rule runs (`analysis.corpus.build_shard`, then `analysis.coding.code_units`)
on the corpus's first `--max-mb` MB of entries (all of them by default) and reports, from process
CPU time: the corpus part, the coding part, their sum, and the floor measured on the same
inputs in the same process (read + decode + NFC of the files, and one raw Aho-Corasick pass with
the codebook's keys over the units' matching forms: what `bench_stages.py` calls the floors).
`--sha` prints the sha256 of the corpus tables, the coded units and the article measures,
written as the workflow writes them (for a corpus that fits one shard they equal the MANIFEST's
lines), so a change to the coder can be checked byte for byte against the code before it; `--profile N` prints the
top N functions of a cProfile of the coding part (by own time); `--paths` codes the units again,
untimed, counting the units that still run the stance and voice rules (the rest take the
results computed once per shard: `analysis.coding.quiet_stance`, `quiet_voice`). Peak RSS of
the process is printed last (`ru_maxrss`).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import pstats
import resource
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parents[1]


def _entries(spec, max_mb: float | None) -> list[str]:
    """The corpus's entries in plan order, cut after `max_mb` MB of files (a shard's worth)."""
    from analysis.corpus import plan_entries

    out, total = [], 0
    for e in plan_entries(spec):
        path = spec.input_dir / e
        total += path.stat().st_size if path.is_file() else 0
        out.append(e)
        if max_mb and total >= max_mb * 1e6:
            break
    return out


def _floor(spec, entries: list[str], forms: list[str], automaton) -> dict:
    """CPU seconds of read + decode + NFC of the files, and of one raw scan of the units."""
    t = time.process_time()
    n_bytes = 0
    for e in entries:
        path = spec.input_dir / e
        if path.is_file():
            raw = path.read_bytes()
            n_bytes += len(raw)
            unicodedata.normalize("NFC", raw.decode("utf-8", errors="replace"))
    read_s = time.process_time() - t
    t = time.process_time()
    for text in forms:
        for _ in automaton.iter(text):
            pass
    return {"input_mb": n_bytes / 1e6, "read_nfc_s": read_s, "scan_s": time.process_time() - t}


def _digests(frames: dict, write_parquet) -> dict[str, str]:
    """sha256 of each table written as the shard rule writes it (what the MANIFEST lists)."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, df in frames.items():
            write_parquet(df, Path(tmp) / f"{name}.parquet")
            out[name] = hashlib.sha256((Path(tmp) / f"{name}.parquet").read_bytes()).hexdigest()
    return out


def _fast_path_shares(units, codebook) -> dict[str, float]:
    """Share of coded units on each fast path: code the units again, counting the full-rule calls."""
    import analysis.coding as coding

    calls = {"code_unit": 0, "code_stance": 0, "code_voice": 0}
    real = {name: getattr(coding, name) for name in calls}

    def counted(name):
        def call(*args, **kwargs):
            calls[name] += 1
            return real[name](*args, **kwargs)

        return call

    try:
        for name in calls:
            setattr(coding, name, counted(name))
        coding.code_units(units, codebook)
    finally:
        for name, fn in real.items():
            setattr(coding, name, fn)
    n = calls["code_unit"]  # units, and headlines coded again with the story's pair
    quiet = {"code_stance": 1, "code_voice": 2}  # the quiet codings themselves (once per shard)
    return {
        f"fast_path_{name[5:]}_share": round((n - calls[name] + quiet[name]) / n, 3) if n else 0.0 for name in quiet
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", type=Path, required=True, help="a corpus config (YAML or JSON)")
    ap.add_argument("--root", type=Path, default=HERE, help="where the config's relative paths start")
    ap.add_argument("--max-mb", type=float, default=None, help="only the first entries up to this many MB")
    ap.add_argument(
        "--sha", action="store_true", help="print the sha256 of the corpus, coded-unit and article-measure tables"
    )
    ap.add_argument("--profile", type=int, default=0, help="print the top N functions of the coding part")
    ap.add_argument("--paths", action="store_true", help="report the share of units on each fast path (untimed)")
    a = ap.parse_args()
    sys.path.insert(0, str(HERE))
    from analysis.codebook import load_codebook
    from analysis.coding import article_measures, code_units
    from analysis.corpus import CorpusSpec, build_shard, entry_doc_ids, plan_entries
    from analysis.tables import write_parquet

    cfg = yaml.safe_load(a.config.read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], a.root)
    entries = _entries(spec, a.max_mb)
    ids = entry_doc_ids(spec, plan_entries(spec))
    codebook = load_codebook(a.root / cfg.get("codebook", "config/codebook.yaml"))
    t0 = time.process_time()
    tables = build_shard(spec, entries, ids)
    t1 = time.process_time()
    prof = cProfile.Profile() if a.profile else None
    if prof:
        prof.enable()
    coded = code_units(tables.units, codebook)
    with tempfile.TemporaryDirectory() as tmp:
        write_parquet(coded, Path(tmp) / "coded.parquet")  # the rule writes it: part of the cost
    if prof:
        prof.disable()
    t2 = time.process_time()
    measures = article_measures(coded, tables.articles, codebook)  # the merge job's, for the byte check only
    frames = {"articles": tables.articles, "units": tables.units, "coded": coded, "coded_articles": measures}
    digests = _digests(frames, write_parquet)
    fl = _floor(spec, entries, tables.units["norm"].tolist(), codebook.matcher._automaton)
    corpus_s, coding_s = t1 - t0, t2 - t1
    mb = fl["input_mb"]
    report = {
        "entries": len(entries),
        "articles": len(tables.articles),
        "units": len(tables.units),
        "input_mb": round(mb, 2),
        "corpus_cpu_s": round(corpus_s, 2),
        "coding_cpu_s": round(coding_s, 2),
        "mb_per_cpu_s": round(mb / (corpus_s + coding_s), 3),
        "coding_mb_per_cpu_s": round(mb / coding_s, 3),
        "floor_cpu_s": round(fl["read_nfc_s"] + fl["scan_s"], 2),
        "x_floor": round((corpus_s + coding_s) / (fl["read_nfc_s"] + fl["scan_s"]), 1),
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if a.sha:
        report.update({f"{name}_sha256": d for name, d in digests.items()})
    if a.paths:
        report.update(_fast_path_shares(tables.units, codebook))
    print(json.dumps(report, indent=1))
    if prof:
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(a.profile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
