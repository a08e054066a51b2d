"""The benchmark report's current view: the README shows the latest run of each kind, not the history."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_stages", ROOT / "benchmarks" / "bench_stages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _run(label, articles, cores, date, cpu=10.0):
    stages = [{"stage": "reuse", "jobs": 1, "span_s": 1.0, "cpu_s": cpu, "peak_mib": 1, "mb_s": 1.0}]
    floors = {"startup_s": 0.8, "snakemake_s": 1.6, "notebook_s": 1.2, "read_nfc_mb_s": 25.0, "scan_mb_s": 60.0}
    return {
        "label": label, "articles": articles, "input_mb": 1.0, "cores": cores, "jobs": 13, "commit": "abc",
        "date": date, "build": {"wall": cpu, "cpu": cpu, "peak_mib": 1}, "noop": {"wall": 1.0},
        "load_before": [0.5], "load_after": [0.5], "stages": stages, "floors": floors,
    }  # fmt: skip


def test_current_keeps_the_latest_run_of_each_size_and_cores_and_drops_before_runs():
    bench = _bench()
    runs = [
        _run("1k-c2-old", 1000, 2, "2026-11-30 01:00 UTC"),
        _run("1k-c2-new", 1000, 2, "2026-11-30 02:00 UTC"),
        _run("1k-c2-before-x", 1000, 2, "2026-11-30 03:00 UTC"),
        _run("1k-c1", 1000, 1, "2026-11-30 01:00 UTC"),
        {"kind": "seed", "label": "seed-a", "date": "2026-11-30 01:00 UTC"},
        {"kind": "seed", "label": "seed-b", "date": "2026-11-30 02:00 UTC"},
        {"kind": "seed", "label": "covid", "corpus": "config/corpora/covid5.yaml", "date": "2026-11-30 00:00 UTC"},
    ]
    assert sorted(r["label"] for r in bench.current(runs)) == ["1k-c1", "1k-c2-new", "covid", "seed-b"]


def test_the_current_view_lists_stages_of_the_largest_run_only():
    bench = _bench()
    runs = [_run("1k-c2", 1000, 2, "2026-11-30 01:00 UTC"), _run("10k-c2", 10000, 2, "2026-11-30 02:00 UTC")]
    text = bench.report(runs, stages_of="largest")
    assert "### 10k-c2: 10,000 articles" in text and "### 1k-c2: 1,000 articles" not in text
    assert "### 1k-c2: 1,000 articles" in bench.report(runs)


def test_the_cores_table_sets_the_speed_up_beside_its_ceiling_from_the_two_core_cpu():
    bench = _bench()
    one = _run("1k-c1", 1000, 1, "2026-11-30 01:00 UTC", cpu=20.0)
    two = _run("1k-c2", 1000, 2, "2026-11-30 01:00 UTC", cpu=25.0)
    two["build"]["wall"] = 16.0  # 25 CPU s over 2 cores: 12.5 s at best
    two["idle_core_s"] = {"snakemake": 2.0, "alone: paper": 1.5}
    row = [line for line in bench._cores([one, two]) if line.startswith("| 1,000")][0]
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[3:7] == ["1.25", "20.0 / 25.0", "1.6", "3.5"]
