"""How the corpus is cut into jobs: by bytes, a bounded number of them, each with its own manifest rows."""

from __future__ import annotations

from pathlib import Path

from analysis.workflow import MAX_SHARDS, MIN_SHARDS, cancel_pending_timers, cut_by_bytes, plan_shards


def test_the_job_count_stays_bounded_whatever_the_corpus_size():
    tiny = cut_by_bytes([8_000] * 5, 4_000_000, 5000)  # the seeds: one job, start-up would dominate
    covid = cut_by_bytes([18_000] * 380, 4_000_000, 5000)  # 6.9 MB: one job per core
    huge = cut_by_bytes([5_000] * 100_000, 4_000_000, 5000)  # 100k articles
    assert [len(tiny), len(covid), len(huge)] == [1, MIN_SHARDS, MAX_SHARDS]
    for shards, n in ((tiny, 5), (covid, 380), (huge, 100_000)):
        assert [i for r in shards for i in r] == list(range(n))  # every entry once, in order


def test_shards_hold_about_equal_bytes_not_equal_counts():
    sizes = [100_000] * 40 + [4_000] * 1000  # long files, then many short ones
    shards = cut_by_bytes(sizes, 1_000_000, 5000)
    blocks = [sum(-(-sizes[i] // 4096) for i in r) for r in shards]
    assert max(blocks) < 1.3 * min(blocks)
    assert len(shards[0]) < len(shards[-1])


def test_a_shard_holds_at_most_shard_size_documents():
    shards = cut_by_bytes([4_000] * 100, 4_000_000, 7)
    assert max(len(r) for r in shards) == 7 and sum(len(r) for r in shards) == 100


def _corpus(root: Path, event: str = "visit") -> dict:
    docs = root / "docs"
    docs.mkdir(exist_ok=True)
    rows = ["doc_id,file,outlet,event"]
    for i in range(6):
        (docs / f"{i}.txt").write_text("शीर्षक\n\n" + "पाठ। " * 60_000, encoding="utf-8")  # ~0.5 MB each
        rows.append(f"d{i},{i}.txt,Outlet,{event if i == 4 else 'other'}")
    (docs / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {"name": "t", "input": "docs", "manifest": "docs/manifest.csv"}


def test_editing_a_manifest_row_changes_only_its_shards_parameters(tmp_path: Path):
    before = plan_shards(_corpus(tmp_path), tmp_path, 1_000_000, 5000)
    after = plan_shards(_corpus(tmp_path, event="summit"), tmp_path, 1_000_000, 5000)
    assert [s.entries for s in before] == [s.entries for s in after] and len(before) > 2
    changed = [s.name for s, t in zip(before, after) if s.rows != t.rows]
    assert changed == [next(s.name for s in before if "4.txt" in s.entries)]


def test_parquet_bytes_do_not_depend_on_how_many_shards_were_joined(tmp_path: Path):
    import pandas as pd

    from analysis.tables import write_parquet

    texts = [f"{i:06d} " + "समाचार " * 300 for i in range(1200)]  # a dictionary past the writer's 1 MB limit
    whole = pd.DataFrame({"text": texts})
    joined = pd.concat([pd.DataFrame({"text": texts[i : i + 100]}) for i in range(0, 1200, 100)], ignore_index=True)
    write_parquet(whole, tmp_path / "one.parquet")
    write_parquet(joined, tmp_path / "twelve.parquet")
    assert (tmp_path / "one.parquet").read_bytes() == (tmp_path / "twelve.parquet").read_bytes()


def _plans(root: Path, cfg: dict) -> dict[str, float]:
    """Plan and write the shard files; the digest files' modification times by shard."""
    from analysis.workflow import write_shard_plans

    shards = plan_shards(cfg, root, 1_000_000, 5000)
    entries, digests = str(root / "plans/{shard}.entries.json"), str(root / "plans/{shard}.digests.txt")
    write_shard_plans(shards, root, entries, digests)
    return {s.name: Path(digests.format(shard=s.name)).stat().st_mtime_ns for s in shards}


def test_a_shard_job_reads_its_entries_from_a_file_not_from_the_raw_documents(tmp_path: Path):
    import json

    cfg = _corpus(tmp_path)
    _plans(tmp_path, cfg)
    shards = plan_shards(cfg, tmp_path, 1_000_000, 5000)
    for s in shards:
        assert json.loads((tmp_path / f"plans/{s.name}.entries.json").read_text()) == list(s.entries)
        lines = (tmp_path / f"plans/{s.name}.digests.txt").read_text().splitlines()
        assert len(lines) == 2 + len(s.files) and lines[0] == f"rows {s.rows}"


def test_editing_one_document_rewrites_only_its_shards_digest_file(tmp_path: Path):
    import os
    import time

    cfg = _corpus(tmp_path)
    before = _plans(tmp_path, cfg)
    time.sleep(0.01)
    with (tmp_path / "docs/4.txt").open("a", encoding="utf-8") as fh:
        fh.write("नया वाक्य।\n")
    after = _plans(tmp_path, cfg)
    changed = [name for name in before if before[name] != after[name]]
    assert len(changed) == 1 and len(before) > 2
    assert "4.txt" in (tmp_path / f"plans/{changed[0]}.digests.txt").read_text()
    os.utime(tmp_path / "docs/2.txt")  # a touch: same bytes, newer time
    assert _plans(tmp_path, cfg) == after


def test_heavy_jobs_declare_more_memory_for_a_larger_corpus():
    from analysis.workflow import MEMORY_MIB, mem_mb

    for job, (_, slope) in MEMORY_MIB.items():
        small, large = mem_mb(job, 2.3), mem_mb(job, 252.7)
        assert small > 0 and (large > small if slope else large == small)


def test_a_manifest_row_without_its_file_is_planned_not_a_crash(tmp_path: Path):
    cfg = _corpus(tmp_path)
    manifest = tmp_path / "docs/manifest.csv"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "gone,gone.txt,Outlet,other\n", encoding="utf-8")
    shards = plan_shards(cfg, tmp_path, 1_000_000, 5000)
    assert [e for s in shards for e in s.entries if e.startswith("manifest-missing:")] == ["manifest-missing:8"]
    assert sum(len(s.files) for s in shards) == 6


def test_short_files_are_cut_by_their_real_bytes_into_an_even_number_of_shards():
    shards = cut_by_bytes([2_500] * 10_000, 4_000_000, 5000)  # 25 MB of 2.5 kB articles
    assert len(shards) == 8


def test_a_finished_run_does_not_wait_for_a_pending_rate_limit_timer():
    """Snakemake's 1 s re-evaluation timer is cancelled at `onsuccess`, so the process exits at once."""
    import threading
    import time

    fired = []
    timer = threading.Timer(30, lambda: fired.append(True))
    timer.start()
    start = time.monotonic()
    assert cancel_pending_timers() >= 1
    timer.join(timeout=5)
    assert not timer.is_alive() and time.monotonic() - start < 5
    assert fired == []


def test_the_walk_knows_the_manifest_by_its_place_not_its_name_alone(tmp_path: Path):
    """The survey compares names before it resolves a path (one `resolve` per file was most of the
    walk): the manifest is still the manifest, and a file of the same name elsewhere is a document."""
    from analysis.survey import survey

    (tmp_path / "a").mkdir()
    (tmp_path / "manifest.csv").write_text("doc_id,file\nx,a/x.txt\n", encoding="utf-8")
    (tmp_path / "a/manifest.csv").write_text("शीर्षक,पाठ\nएक,दो\n", encoding="utf-8")
    (tmp_path / "a/x.txt").write_text("मॉस्को में बैठक हुई।\n", encoding="utf-8")
    found = survey(tmp_path, (tmp_path / "manifest.csv").resolve(), frozenset({"a/x.txt"}))
    assert [(n.path, n.status) for n in found.notices] == [("manifest.csv", "manifest")]
    assert found.documents == ("a/manifest.csv", "a/x.txt")


def test_a_run_writes_the_bytecode_its_jobs_would_not(tmp_path: Path, monkeypatch):
    """Under PYTHONDONTWRITEBYTECODE the run compiles the package once (`compile_package`, the
    Snakefile's `onstart`); where Python writes bytecode itself it leaves that to the jobs."""
    import importlib.util
    import sys

    from analysis.workflow import compile_package

    (tmp_path / "pkg").mkdir()
    module = tmp_path / "pkg/mod.py"
    module.write_text("X = 1\n", encoding="utf-8")
    cached = Path(importlib.util.cache_from_source(str(module)))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert compile_package(tmp_path / "pkg") is False and not cached.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert compile_package(tmp_path / "pkg") is True and cached.is_file()
    written = cached.read_bytes()
    assert compile_package(tmp_path / "pkg") is True and cached.read_bytes() == written  # fresh: left as it is
