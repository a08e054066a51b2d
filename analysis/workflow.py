"""Planning helpers for the Snakefile: shards of documents, not one job per document.

Snakemake needs to know, before anything runs, which jobs exist and which files each
one reads. The corpus is listed once (file names only, no contents), cut into shards of
`shard_size` entries in a stable order, and each shard's files become that job's inputs,
so touching one document reruns only its shard and what depends on it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from analysis.errors import UserError


@dataclass(frozen=True)
class Shard:
    """One job's worth of corpus entries and the input files it reads."""

    name: str
    entries: tuple[str, ...]
    files: tuple[str, ...]
    ids: tuple[tuple[str, str], ...] = ()  # (entry, doc_id) where stems collide (plan.entry_doc_ids)


def chunk(entries: list[str], size: int) -> list[tuple[str, ...]]:
    """Cut a sorted list into consecutive runs of at most `size` items."""
    if size < 1:
        raise ValueError("shard size must be at least 1")
    return [tuple(entries[i : i + size]) for i in range(0, len(entries), size)]


def plan_shards(corpus_cfg: dict, root: Path, shard_size: int) -> list[Shard]:
    """List the corpus and cut it into named shards (s0000, s0001, …)."""
    from analysis.plan import CorpusSpec, entry_doc_ids, plan_entries

    spec = CorpusSpec.from_config(corpus_cfg, root)
    entries = plan_entries(spec)
    ids = entry_doc_ids(spec, entries)
    input_dir = Path(spec.input_dir)
    shards = []
    for i, group in enumerate(chunk(list(entries), shard_size)):
        files = tuple(_relative(p, root) for p in (input_dir / e for e in group) if _is_file(p))
        shards.append(Shard(f"s{i:04d}", group, files, tuple((e, ids[e]) for e in group if e in ids)))
    if not any(s.files for s in shards):
        from analysis.survey import INPUT_SUFFIXES

        raise UserError(
            f"corpus.input: {corpus_cfg['input']} holds no readable document (none of "
            f"{', '.join(INPUT_SUFFIXES)}). Fix: point corpus.input at the folder that holds your articles"
        )
    return shards


def _relative(path: Path, root: Path) -> str:
    """Paths inside the project stay relative, so a moved or cloned project plans the same jobs."""
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _is_file(p: Path) -> bool:
    try:
        return p.is_file()
    except OSError:  # a name too long or otherwise unusable is the corpus stage's to report
        return False


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
