"""Planning helpers for the Snakefile: a few shards of documents, not one job per document.

Snakemake needs to know, before anything runs, which jobs exist and which files each
one reads. The corpus is listed once (file names and sizes, no contents) and cut, in a
stable order, into shards of a few MB each (`shard_bytes`, at most `shard_size` documents):
a job costs 1.5–2.5 s of interpreter start-up and imports, so the job count must not grow
with the corpus (`MAX_SHARDS`), yet a corpus big enough to split keeps every core busy
(`MIN_SHARDS`). Each shard's job reads two small files written here while the workflow is
parsed (`write_shard_plans`): its entries, and a digest of each of its files and of its manifest
rows. They are the job's only inputs, so Snakemake neither stats nor checksums 100k raw files
(issue #15: that was most of its own CPU), yet editing one document or one manifest row rewrites
only its shard's digest file and so reruns only that shard; a `touch` that leaves the bytes as
they were reruns nothing.

Memory: the heavy jobs declare `mem_mb` from their input size (`mem_mb`), so
`--resources mem_mb=N` keeps jobs that would together pass N from running at once.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import math
import os
import posixpath
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.errors import UserError

if TYPE_CHECKING:
    from analysis.plan import CorpusSpec


# Sizing: one job per few MB of input, between MIN_SHARDS and MAX_SHARDS jobs. Sizes count in
# BLOCKs, so a small edit to a document seldom moves a shard boundary (which would rerun the
# neighbouring shard too); below MIN_SHARD_BYTES a shard is not cut further (start-up would dominate).
# One per core of a two-core laptop: a corpus too small for more (the 1k articles, 2.3 MB) runs in one
# round of shard jobs that end together (cut by bytes), not two rounds that pay two more start-ups
# (~0.6 s each, on the way to the merge) and a scheduling gap between them.
MIN_SHARDS = 2
MAX_SHARDS = 28  # with the ~10 other jobs a run stays within 40 processes (issue #15), however large
MIN_SHARD_BYTES = 256 * 1024
BLOCK = 4096


@dataclass(frozen=True)
class Shard:
    """One job's worth of corpus entries, the input files it reads and its manifest rows' digest."""

    name: str
    entries: tuple[str, ...]
    files: tuple[str, ...]
    rows: str = ""
    ids: tuple[tuple[str, str], ...] = ()  # (entry, doc_id) where stems collide (plan.entry_doc_ids)
    stamps: tuple[tuple[int, int], ...] = ()  # (size, mtime_ns) of each of `files`


def shard_count(total: int, shard_bytes: int) -> int:
    """How many shards `total` bytes of input make: about `shard_bytes` each (an even number, so two
    cores finish together), MIN_SHARDS..MAX_SHARDS of them, none below MIN_SHARD_BYTES.

    >>> shard_count(40_000, 4_000_000), shard_count(2_300_000, 4_000_000), shard_count(7_000_000, 4_000_000)
    (1, 2, 2)
    >>> shard_count(25_000_000, 4_000_000), shard_count(10**9, 4_000_000)
    (8, 28)
    """
    wanted = -(-total // max(shard_bytes, 1))
    cap = max(1, -(-total // MIN_SHARD_BYTES))
    return min(MAX_SHARDS, cap, max(wanted + wanted % 2, MIN_SHARDS))  # even: the last round fills both cores


def cut_by_bytes(sizes: list[int | None], shard_bytes: int, max_docs: int) -> list[range]:
    """Consecutive index ranges of about equal bytes (see `shard_count`), each at most `max_docs` long.

    An entry goes to the shard its middle byte falls in, so the cut depends on sizes only.

    >>> cut_by_bytes([BLOCK] * 8, 2 * BLOCK, 100)
    [range(0, 8)]
    >>> [len(r) for r in cut_by_bytes([MIN_SHARD_BYTES] * 9, 3 * MIN_SHARD_BYTES, 2)]
    [2, 2, 2, 1, 2]
    """
    blocks = [max(1, -(-(s or 0) // BLOCK)) for s in sizes]  # None: a manifest row without a file
    total = sum(blocks)
    n = shard_count(sum(s or 0 for s in sizes), shard_bytes)  # real bytes: 10k short files are not 10k blocks
    starts, offset = [], 0
    for i, b in enumerate(blocks):
        k = (2 * offset + b) * n // (2 * total)  # the shard its middle byte falls in
        if not starts or k != starts[-1][0]:
            starts.append((k, i))
        offset += b
    bounds = [i for _, i in starts] + [len(sizes)]
    return [range(j, min(j + max_docs, b)) for a, b in zip(bounds, bounds[1:]) for j in range(a, b, max_docs)]


def plan_shards(corpus_cfg: dict, root: Path, shard_bytes: int, max_docs: int) -> list[Shard]:
    """List the corpus and cut it into named shards (s0000, s0001, …) by bytes (see `cut_by_bytes`).

    One `stat` per file and no path resolution per file: the entries are already clean
    relative paths below the (resolved) input folder, with no link among their parts.
    """
    from analysis.plan import CorpusSpec, entry_doc_ids, plan_entries

    spec = CorpusSpec.from_config(corpus_cfg, root)
    entries = plan_entries(spec)
    ids = entry_doc_ids(spec, entries)
    base = _relative(Path(spec.input_dir), root)
    stats = [_stat(os.path.join(spec.input_dir, e)) for e in entries]
    sizes = [st[0] if st else None for st in stats]
    rows = _RowIndex(spec)
    shards = []
    for i, span in enumerate(cut_by_bytes(sizes, shard_bytes, max_docs)):
        group = tuple(entries[j] for j in span)
        files = tuple(posixpath.join(base, entries[j]) for j in span if stats[j] is not None)
        stamps = tuple(stats[j] for j in span if stats[j] is not None)
        ids_here = tuple((e, ids[e]) for e in group if e in ids)
        shards.append(Shard(f"s{i:04d}", group, files, rows_digest(group, rows), ids_here, stamps))
    if not any(s.files for s in shards):
        from analysis.survey import INPUT_SUFFIXES

        raise UserError(
            f"corpus.input: {corpus_cfg['input']} holds no readable document (none of "
            f"{', '.join(INPUT_SUFFIXES)}). Fix: point corpus.input at the folder that holds your articles"
        )
    return shards


class _RowIndex:
    """The manifest's rows by file and by number, built once for all shards (see `rows_digest`)."""

    def __init__(self, spec: CorpusSpec) -> None:
        from analysis.plan import ManifestRow

        self.by_file = spec.rows_by_file()
        self.by_number = {str(r.row): r for r in spec.manifest}
        self.fields = tuple(f.name for f in dataclasses.fields(ManifestRow) if f.name != "row")


def rows_digest(entries: tuple[str, ...], rows: _RowIndex) -> str:
    """A hash of what the manifest says about these entries (a file's row number aside).

    The shard job reads the manifest itself; this digest in its digest file makes Snakemake
    rerun the shard when one of its own rows changes, and only then: a row added elsewhere
    shifts row numbers, which matter only to a missing or refused file, whose entry names its row.
    `rows`: the corpus's manifest index, built once for all its shards.
    """
    from analysis.plan import MISSING, REFUSED, _clean_rel

    mine = []
    for e in entries:
        if e.startswith((MISSING, REFUSED)):
            r = rows.by_number[e.split(":", 1)[1]]
            mine.append([r.row, *(getattr(r, f) for f in rows.fields)])
        elif (r := rows.by_file.get(_clean_rel(e))) is not None:
            mine.append([0, *(getattr(r, f) for f in rows.fields)])
    return hashlib.sha256(encode(mine).encode()).hexdigest()[:16]


def _relative(path: Path, root: Path) -> str:
    """Paths inside the project stay relative, so a moved or cloned project plans the same jobs."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _stat(path: str) -> tuple[int, int] | None:
    """A regular file's (size, mtime_ns); None for anything else (a manifest problem entry, an unusable name)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):  # a name too long or otherwise unusable is the corpus stage's to report
        return None
    return (st.st_size, st.st_mtime_ns) if stat.S_ISREG(st.st_mode) else None


def encode(obj: object) -> str:
    """Stable JSON for passing parameters on a command line."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# ------------------------------------------------------------------ figure jobs
FIGURE_JOBS = 2  # one per core of a two-core laptop: after the tables, both draw at once
# CPU seconds to draw and export one figure at all its widths (PDF, PNG, SVG), measured on the
# seed study (process time of each figure drawn after another in one job, codebook 1.8.0): what the
# figure jobs are balanced on. Stems alone are a poor guide (source_mix costs four times
# reuse_matrix); a figure not listed counts 1.5 s.
FIGURE_SECONDS = {
    "source_mix": 2.3,
    "reliability": 1.8,
    "frame_profile": 1.6,
    "headline_body": 1.4,
    "stance_balance": 1.35,
    "reuse_matrix": 0.5,
}
# Tables a figure job may wait for after the comparison tables are done, and how much later than
# them each comes on the seed study with two cores: the tables and reuse run side by side, and
# validation takes the first core free, so the reliability figure's job starts ~1.1 s after the
# other; reuse ends before the tables there (on a large corpus it ends last, and its figure is cheap).
LATE_TABLES = {"reliability": 1.1, "reuse_matrix": 0.0}
# What each hand-coded reference file beyond the first adds to the figures' costs and to how late
# their tables come (in the units above): a file is a coder's round, so comparisons for the validate
# job to bootstrap before its table is written. Refit at codebook 1.22.0 on the COVID build (48 files:
# its reliability table ~3.3 s after the tables, not 1.3 s; its figure drawn in ~1.4 s CPU as on the
# seeds, so no longer growing with the files) (issue #15).
PER_REFERENCE_FILE: dict[str, float] = {}
LATE_PER_REFERENCE_FILE = {"reliability": 0.047}


def figure_seconds(name: str, reference_files: int = 1) -> float:
    """A figure's cost (`FIGURE_SECONDS`) in a config with `reference_files` hand-coded files.

    Why the hand coding may count: at codebook 1.17.0 the COVID rounds' reliability figure cost as
    much as three others, and a deal made for the seeds kept source_mix waiting behind it for the
    validation (issue #15); at 1.22.0 it costs what the seeds' does (`PER_REFERENCE_FILE`).

    >>> figure_seconds("reliability"), figure_seconds("reliability", 48), figure_seconds("source_mix", 48)
    (1.8, 1.8, 2.3)
    """
    extra = PER_REFERENCE_FILE.get(name, 0.0) * max(reference_files - 1, 0)
    return round(FIGURE_SECONDS.get(name, 1.5) + extra, 6)


def table_late(table: str, reference_files: int = 1) -> float:
    """How much later than the comparison tables a late table comes (`LATE_TABLES`), as above.

    >>> table_late("reliability"), table_late("reliability", 48), table_late("reuse_matrix", 48)
    (1.1, 3.309, 0.0)
    """
    extra = LATE_PER_REFERENCE_FILE.get(table, 0.0) * max(reference_files - 1, 0)
    return round(LATE_TABLES[table] + extra, 6)


def figure_groups(figures: list, n_jobs: int = FIGURE_JOBS, reference_files: int = 1) -> list[list]:
    """The figures dealt into `n_jobs` jobs so that the last job ends as early as it can.

    A figure job costs ~1.5 s of imports plus its figures (`FIGURE_SECONDS`), it starts when
    its last table is written (`LATE_TABLES`: how late), and the paper waits for the job that
    ends last, so the chain tables → figures → paper is as short as the jobs' ends are even.
    Both grow with the hand coding (`reference_files`: `figure_seconds`, `table_late`). Figures that read
    different late tables go to different jobs, so no job waits for both. Every way of dealing
    a handful of figures is tried (a few dozen); ties go to the first in order, so the groups
    are the same on every run.

    >>> from analysis import catalog
    >>> [[f.name for f in g] for g in figure_groups(list(catalog.FIGURES))]
    [['frame_profile', 'stance_balance', 'headline_body', 'reuse_matrix'], ['source_mix', 'reliability']]
    >>> [[f.name for f in g] for g in figure_groups(list(catalog.FIGURES), reference_files=48)]
    [['frame_profile', 'source_mix', 'headline_body', 'reuse_matrix'], ['stance_balance', 'reliability']]
    """
    cost = [figure_seconds(f.name, reference_files) for f in figures]
    late = [sorted(set(f.reads) & LATE_TABLES.keys()) for f in figures]
    late_by = {t: table_late(t, reference_files) for t in LATE_TABLES}
    best: tuple[float, tuple[int, ...]] | None = None
    for deal in _deals(len(figures), n_jobs):
        waits = [[t for i, k in enumerate(deal) if k == j for t in late[i]] for j in range(n_jobs)]
        if any(len(set(w)) > 1 for w in waits):
            continue
        ends = [
            max((late_by[t] for t in waits[j]), default=0.0) + sum(c for c, k in zip(cost, deal) if k == j)
            for j in range(n_jobs)
        ]
        if best is None or max(ends) < best[0] - 1e-9:
            best = (max(ends), deal)
    deal = best[1] if best else tuple(i % n_jobs for i in range(len(figures)))
    groups = [[f for f, k in zip(figures, deal) if k == j] for j in range(n_jobs)]
    return [g for g in groups if g]


def _deals(n: int, n_jobs: int) -> Iterator[tuple[int, ...]]:
    """Each way to put n figures into jobs (job of figure i at position i), up to the jobs' order:
    the first figure is always in job 0; beyond 12 figures, only round-robin (too many ways)."""
    if n == 0 or n > 12:
        yield tuple(i % n_jobs for i in range(n))
        return
    for rest in itertools.product(range(n_jobs), repeat=n - 1):
        yield (0, *rest)


# ------------------------------------------------------------------ memory per job
# Peak resident MiB of a job ≈ base + slope × input MB (the corpus's, or the shard's own for a
# shard job), fitted on the synthetic corpora of 1k articles (2.3 MB) and 100k articles (252.7 MB)
# measured by benchmarks/bench_stages.py (GNU time's largest resident set of each job).
MEMORY_MIB = {
    "shard": (143.0, 26.3),
    "merge": (226.0, 5.88),
    "tables": (277.0, 3.87),
    "reuse": (219.0, 9.52),
    "reliability": (178.0, 4.87),
    "figures": (255.0, 0.0),
    "paper": (245.0, 3.06),
}


def mem_mb(job: str, input_mb: float) -> int:
    """The `mem_mb` a job declares: its measured peak for `input_mb` of input (`MEMORY_MIB`), in MB.

    With `--resources mem_mb=N` (profiles/default caps every run, `make` at 80 % of the memory
    available), Snakemake starts a job only while the declared memory of the running jobs stays
    within N, so two heavy jobs (reuse beside the tables on a large corpus) never overlap beyond
    the cap; a job that alone declares more than N is scaled down to N and runs by itself.

    >>> mem_mb("reuse", 252.7), mem_mb("figures", 1.0)
    (2753, 268)
    """
    base, slope = MEMORY_MIB[job]
    return math.ceil((base + slope * input_mb) * 1.048576)


def corpus_mb(shards: list[Shard]) -> float:
    """Input MB of the whole corpus (or of one shard): what the jobs' memory scales with."""
    return sum(size for s in shards for size, _ in s.stamps) / 1e6


# ------------------------------------------------------------------ the shard jobs' input files
DIGEST_CACHE = "file-digests.json"  # beside the shards' digest files: (size, mtime_ns, digest) per file
PLAN_ROOT = ".snakemake/shard-plans"  # in Snakemake's own working folder, not in the results


def shard_plan_paths(results: str) -> tuple[str, str]:
    """Where a results root's shard jobs find their entries (JSON) and digests, as `{shard}` templates.

    They are written while the workflow is parsed, so they live in Snakemake's working folder
    (one subfolder per results root): a dry run, or a run refused before any job (a broken
    codebook), leaves the results folder as it was.

    >>> shard_plan_paths("results/covid5")[1]
    '.snakemake/shard-plans/results_covid5-d6a45593/{shard}.digests.txt'
    """
    tag = re.sub(r"[^\w.-]+", "_", results).strip("_") + "-" + hashlib.sha256(results.encode()).hexdigest()[:8]
    folder = f"{PLAN_ROOT}/{tag}"
    return f"{folder}/{{shard}}.entries.json", f"{folder}/{{shard}}.digests.txt"


def shard_digests(shard: Shard, root: Path, known: dict, seen: dict) -> str:
    """The text of a shard's digest file: its manifest rows' digest, doc ids, and every file's digest.

    A file's content digest is taken from `known` (the last plan's cache) while its size
    and modification time are unchanged, so planning reads only new or changed files; every
    digest used is recorded in `seen` (the next cache).
    """
    lines = [f"rows {shard.rows}", f"ids {encode(dict(shard.ids))}"]
    for f, (size, mtime) in zip(shard.files, shard.stamps):
        old = known.get(f)
        digest = old[2] if old and old[0] == size and old[1] == mtime else _file_digest(root / f)
        seen[f] = [size, mtime, digest]
        lines.append(f"{digest} {size} {f}")
    return "\n".join(lines) + "\n"


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:32]
    except OSError:  # unreadable now: the shard job reports it; the marker reruns it once readable
        return "unreadable"


def write_shard_plans(shards: list[Shard], root: Path, entries_path: str, digests_path: str) -> None:
    """Write each shard's entries (JSON) and digest file, leaving a file whose text is unchanged alone.

    `entries_path` and `digests_path` hold `{shard}`. An unchanged file keeps its modification
    time, so Snakemake reruns exactly the shards whose entries, files or rows changed.
    """
    folder = Path(digests_path.format(shard="x")).parent
    folder.mkdir(parents=True, exist_ok=True)
    known = _read_cache(folder / DIGEST_CACHE)
    seen: dict = {}
    for shard in shards:
        _write_if_changed(Path(entries_path.format(shard=shard.name)), encode(list(shard.entries)) + "\n")
        _write_if_changed(Path(digests_path.format(shard=shard.name)), shard_digests(shard, root, known, seen))
    _write_if_changed(folder / DIGEST_CACHE, encode(seen) + "\n")


def _read_cache(path: Path) -> dict:
    try:
        cache = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return cache if isinstance(cache, dict) else {}


def _write_if_changed(path: Path, text: str) -> None:
    """Replace `path` atomically when its text differs (a dry run that runs meanwhile never sees half a file)."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def package_fingerprint(package_dir: Path) -> str:
    """A short hash of the package's code and data files (Python, schemas, style).

    Snakemake reruns a job when its command changes, not when the Python the command
    runs changes; putting this fingerprint into every rule's command makes a code change
    rerun what it may affect, so a build never mixes outputs of two versions of the code.
    """
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*")):
        if path.suffix in (".py", ".json", ".mplstyle") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package_dir).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def compile_package(package_dir: Path | None = None) -> bool:
    """Write the package's bytecode once for a run's jobs where Python will not (`PYTHONDONTWRITEBYTECODE`); whether it ran.

    Why (issue #15): with `PYTHONDONTWRITEBYTECODE` set (as in many containers, and on the
    machines this project is benchmarked on) no job writes the `.pyc` of a module it compiled,
    so every job compiled the modules it imports from source again: ~0.15-0.3 s CPU of each
    job and of the paper's kernel, where compiling all of them once takes ~0.3 s. The Snakefile's
    `onstart` calls this: each stale or missing `__pycache__/*.pyc` of this package (not of any
    other) is written as Python itself writes it on import (timestamp-checked, so a later edit
    of a module is compiled again, as ever). Nothing a job computes changes; a folder that cannot
    be written (an installed, read-only package) is left as it is.
    """
    import compileall
    import sys

    if not sys.dont_write_bytecode:
        return False  # the first job to import a module writes its bytecode itself
    folder = package_dir or Path(__file__).resolve().parent
    try:
        compileall.compile_dir(folder, quiet=2)
    except OSError:
        pass  # bytecode only: the jobs compile from source as before
    return True


def cancel_pending_timers() -> int:
    """Cancel the timers still waiting when a run has succeeded; return how many.

    Snakemake's default submission limit (`--max-jobs-per-timespan 100/1s`, meant for cluster
    queues) arms a one-second `threading.Timer` after each round of job selection, and Python
    does not exit before a non-daemon timer has fired: every run, even a no-op one, ended with up
    to a second of idle wall time after its last job (issue #15: a third of the seed rebuild's
    distance to its floor's scheduler share). A timer left when the run is over only wakes a
    scheduler that has already returned, so the Snakefile's `onsuccess` cancels them.
    """
    import threading

    timers = [t for t in threading.enumerate() if isinstance(t, threading.Timer) and t.is_alive()]
    for timer in timers:
        timer.cancel()
    return len(timers)


def intake_note(intake_csv: str | Path) -> str:
    """The line a finished run prints when some input did not come out `ok`; "" when all did.

    Why: the intake summary went only to the corpus job's log, so a run that left documents
    empty, binary or unreadable ended as quietly as a clean one (found by the QA round). The
    manifest file's own row is not a problem and is not counted. Read with `csv`, not pandas, so
    the end of every run (a no-op one too) stays cheap.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    ...     _ = f.write("path,status\\na.txt,ok\\nb.txt,empty\\nc.txt,headline-only\\nm.csv,manifest\\nd.txt,empty\\n")
    >>> intake_note(f.name).replace(f.name, "intake.csv")
    'intake: 3 of 4 inputs are not ok (empty=2, headline-only=1); every file and its reason: intake.csv'
    """
    import csv
    from collections import Counter

    from analysis.vocab import STATUS_MANIFEST, STATUS_OK

    path = Path(intake_csv)
    if not path.is_file():
        return ""
    with open(path, newline="", encoding="utf-8") as handle:
        statuses = [row["status"] for row in csv.DictReader(handle) if row.get("status") != STATUS_MANIFEST]
    counts = Counter(s for s in statuses if s != STATUS_OK)
    if not counts:
        return ""
    listed = ", ".join(f"{s}={n}" for s, n in sorted(counts.items()))
    return (
        f"intake: {counts.total()} of {len(statuses)} inputs are not ok ({listed}); every file and its reason: {path}"
    )
