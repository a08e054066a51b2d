"""Benchmark the corpus stage (plan + build + merge) on the COVID corpus.

Usage: .venv/bin/python benchmarks/bench_corpus.py [config/corpora/covid5.yaml]
Prints input files/s, articles/s, MB/s of raw input and peak RSS (resource.getrusage).
Not a test: timings depend on the machine.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import CorpusSpec, build_shard, merge_shards, plan_entries  # noqa: E402


def main(config: str = "config/corpora/covid5.yaml") -> None:
    cfg = yaml.safe_load((ROOT / config).read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], ROOT)
    size = int(cfg.get("shard_size", 50))
    t0 = time.perf_counter()
    entries = plan_entries(spec)
    t1 = time.perf_counter()
    parts = [build_shard(spec, entries[i : i + size]) for i in range(0, len(entries), size)]
    tables = merge_shards(parts)
    t2 = time.perf_counter()
    nbytes = sum((spec.input_dir / e).stat().st_size for e in entries if (spec.input_dir / e).is_file())
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    total = t2 - t0
    print(
        f"corpus {spec.name}: {len(entries)} input files, {nbytes / 1e6:.2f} MB, "
        f"{len(tables.articles)} articles, {len(tables.units)} units, {len(tables.cleaning_log)} lines removed"
    )
    print(f"plan {t1 - t0:.3f} s; build+merge {t2 - t1:.2f} s ({len(parts)} shards of {size})")
    print(
        f"{len(entries) / total:.1f} files/s, {len(tables.articles) / total:.1f} articles/s, "
        f"{nbytes / 1e6 / total:.3f} MB/s, peak RSS {peak_kb / 1024:.1f} MiB"
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
