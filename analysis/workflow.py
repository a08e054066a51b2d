"""Planning helpers for the Snakefile: a few shards of documents, not one job per document.

Snakemake needs to know, before anything runs, which jobs exist and which files each
one reads. The corpus is listed once (file names and sizes, no contents) and cut, in a
stable order, into shards of a few MB each (`shard_bytes`, at most `shard_size` documents):
a job costs 1.5–2.5 s of interpreter start-up and imports, so the job count must not grow
with the corpus (`MAX_SHARDS`), yet a corpus big enough to split keeps every core busy
(`MIN_SHARDS`). Each shard's files become that job's inputs and its manifest rows a digest
in its parameters, so editing one document or one manifest row reruns only its shard.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.errors import UserError

if TYPE_CHECKING:
    from analysis.plan import CorpusSpec


# Sizing: one job per few MB of input, between MIN_SHARDS and MAX_SHARDS jobs. Sizes count in
# BLOCKs, so a small edit to a document seldom moves a shard boundary (which would rerun the
# neighbouring shard too); below MIN_SHARD_BYTES a shard is not cut further (start-up would dominate).
MIN_SHARDS = 4  # two per core on a two-core laptop
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


def shard_count(total: int, shard_bytes: int) -> int:
    """How many shards `total` bytes of input make: about `shard_bytes` each, MIN_SHARDS..MAX_SHARDS
    of them, none below MIN_SHARD_BYTES.

    >>> shard_count(40_000, 4_000_000), shard_count(7_000_000, 4_000_000), shard_count(10**9, 4_000_000)
    (1, 4, 28)
    """
    wanted = -(-total // max(shard_bytes, 1))
    cap = max(1, -(-total // MIN_SHARD_BYTES))
    return min(MAX_SHARDS, cap, max(wanted, MIN_SHARDS))


def cut_by_bytes(sizes: list[int], shard_bytes: int, max_docs: int) -> list[range]:
    """Consecutive index ranges of about equal bytes (see `shard_count`), each at most `max_docs` long.

    An entry goes to the shard its middle byte falls in, so the cut depends on sizes only.

    >>> cut_by_bytes([BLOCK] * 8, 2 * BLOCK, 100)
    [range(0, 8)]
    >>> [len(r) for r in cut_by_bytes([MIN_SHARD_BYTES] * 9, 3 * MIN_SHARD_BYTES, 2)]
    [2, 2, 2, 1, 2]
    """
    blocks = [max(1, -(-s // BLOCK)) for s in sizes]
    total = sum(blocks)
    n = shard_count(total * BLOCK, shard_bytes)
    starts, offset = [], 0
    for i, b in enumerate(blocks):
        k = (2 * offset + b) * n // (2 * total)  # the shard its middle byte falls in
        if not starts or k != starts[-1][0]:
            starts.append((k, i))
        offset += b
    bounds = [i for _, i in starts] + [len(sizes)]
    return [range(j, min(j + max_docs, b)) for a, b in zip(bounds, bounds[1:]) for j in range(a, b, max_docs)]


def plan_shards(corpus_cfg: dict, root: Path, shard_bytes: int, max_docs: int) -> list[Shard]:
    """List the corpus and cut it into named shards (s0000, s0001, …) by bytes (see `cut_by_bytes`)."""
    from analysis.plan import CorpusSpec, entry_doc_ids, plan_entries

    spec = CorpusSpec.from_config(corpus_cfg, root)
    entries = plan_entries(spec)
    ids = entry_doc_ids(spec, entries)
    input_dir = Path(spec.input_dir)
    paths = [input_dir / e for e in entries]
    sizes = [_size(p) for p in paths]
    shards = []
    for i, span in enumerate(cut_by_bytes(sizes, shard_bytes, max_docs)):
        group = tuple(entries[j] for j in span)
        files = tuple(_relative(paths[j], root) for j in span if sizes[j] is not None)
        ids_here = tuple((e, ids[e]) for e in group if e in ids)
        shards.append(Shard(f"s{i:04d}", group, files, rows_digest(group, spec), ids_here))
    if not any(s.files for s in shards):
        from analysis.survey import INPUT_SUFFIXES

        raise UserError(
            f"corpus.input: {corpus_cfg['input']} holds no readable document (none of "
            f"{', '.join(INPUT_SUFFIXES)}). Fix: point corpus.input at the folder that holds your articles"
        )
    return shards


def rows_digest(entries: tuple[str, ...], spec: CorpusSpec) -> str:
    """A hash of what the manifest says about these entries (a file's row number aside).

    The shard job reads the manifest itself; this digest in its parameters makes Snakemake
    rerun the shard when one of its own rows changes, and only then: a row added elsewhere
    shifts row numbers, which matter only to a missing or refused file, whose entry names its row.
    """
    import hashlib

    from analysis.plan import MISSING, REFUSED, _clean_rel

    by_file, by_number = spec.rows_by_file(), {str(r.row): r for r in spec.manifest}
    mine = []
    for e in entries:
        if e.startswith((MISSING, REFUSED)):
            mine.append(by_number[e.split(":", 1)[1]])
        elif _clean_rel(e) in by_file:
            mine.append(dataclasses.replace(by_file[_clean_rel(e)], row=0))
    return hashlib.sha256(encode([dataclasses.astuple(r) for r in mine]).encode()).hexdigest()[:16]


def _relative(path: Path, root: Path) -> str:
    """Paths inside the project stay relative, so a moved or cloned project plans the same jobs."""
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _size(p: Path) -> int | None:
    """A regular file's size; None for anything else (a manifest problem entry, an unusable name)."""
    try:
        return p.stat().st_size if p.is_file() else None
    except OSError:  # a name too long or otherwise unusable is the corpus stage's to report
        return None


def encode(obj: object) -> str:
    """Stable JSON for passing parameters on a command line."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def is_pattern_safe(path: str) -> bool:
    """False for a file name Snakemake would read as a wildcard pattern (`{` or `}` in it).

    >>> is_pattern_safe("dainik/2020-04-01.txt"), is_pattern_safe("story {x}.txt")
    (True, False)
    """
    return "{" not in path and "}" not in path


def tracked_files(shard: Shard) -> list[str]:
    """The shard's files Snakemake can track as inputs (see `untracked_signature`)."""
    return [f for f in shard.files if is_pattern_safe(f)]


def untracked_signature(shard: Shard, root: Path) -> str:
    """Size and modification time of the shard's files with braces in their names.

    Snakemake applies wildcards to every input path, so `story {x}.txt` cannot be an input
    (it fails the whole DAG). Those files are still read by the shard's job (they are in
    its entries); this signature, passed as a parameter, makes the job rerun when one of
    them changes, since Snakemake reruns a job whose parameters changed.
    """
    parts = []
    for f in shard.files:
        if not is_pattern_safe(f):
            st = (root / f).stat()
            parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
    return encode(parts)


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
