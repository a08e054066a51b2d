"""The intake: every file in the corpus folder and every manifest row, accounted for.

A researcher's folder holds articles and much else: a README, a licence, hidden files,
spreadsheets, links to files elsewhere. `survey` walks the folder once (names only,
nothing read) and sorts each path into a document to read or a `Notice` saying why it
is not read; `build_shard` adds a row per record it reads, and `intake_report` joins
both into results/corpus/intake.csv, one row per file found and per record, so "what
happened to my file X?" always has an answer.

Confinement: the walk never follows a symbolic link (to a file or a folder) and the
readers open files with O_NOFOLLOW, so nothing outside the corpus folder is read.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.errors import UserError
from analysis.ingest import INPUT_SUFFIXES
from analysis.tables import CORPUS_INTAKE, INTAKE_COLUMNS, validate
from analysis.vocab import STATUS_OK

# Documentation that sits next to the data is never an article (unless the manifest lists it).
DOC_FILE = re.compile(r"(?i)^(?:.*readme.*|licen[cs]e.*|changelog.*|notice.*)$")
_HINTS = {
    ".md": "Markdown is taken for documentation; rename it to .txt if it is an article",
    ".xls": "save it as .xlsx",
    ".doc": "save it as .txt",
    ".docx": "save it as .txt",
    "": "a name without extension; rename it to .txt (or .html, …) if it is an article",
}


@dataclass(frozen=True)
class Notice:
    """A path that is not read as a document, with its intake status and reason."""

    path: str
    status: str
    reason: str
    nbytes: int | None = None


@dataclass(frozen=True)
class Survey:
    """What the walk found: relative paths of documents to read, and everything else."""

    documents: tuple[str, ...]
    notices: tuple[Notice, ...]


def _size(p: Path) -> int | None:
    try:
        return p.lstat().st_size
    except OSError:
        return None


def _link_notice(p: Path, rel: str, what: str = "file") -> Notice:
    try:
        target = os.readlink(p)
    except OSError:
        target = "?"
    return Notice(
        rel,
        "symlink-refused",
        f"{rel}: a symbolic link to a {what} ({target}); not followed (copy the {what} into the corpus)",
        _size(p),
    )


def classify(p: Path, rel: str, manifest_file: Path | None, listed: frozenset[str]) -> Notice | None:
    """None for a document to read; otherwise the Notice that says why the file is not read.

    A file the manifest lists is read whatever its name (the researcher said it is a
    document); it must still be a regular file and not a link.
    """
    if p.is_symlink():
        return _link_notice(p, rel)
    if manifest_file is not None and p.resolve() == manifest_file:
        return Notice(rel, "manifest", f"{rel}: the manifest (metadata, not a document)", _size(p))
    try:
        regular = stat.S_ISREG(p.lstat().st_mode)
    except OSError as exc:
        return Notice(rel, "unsupported-format", f"{rel}: cannot be examined ({exc.strerror})")
    if not regular:
        return Notice(rel, "unsupported-format", f"{rel}: not a regular file (a pipe, socket or device)")
    if rel in listed:
        return None
    name = p.name
    if name.startswith("."):
        return Notice(rel, "skipped-name", f"{rel}: a hidden file (name starts with '.'); not read", _size(p))
    if DOC_FILE.match(name):
        return Notice(
            rel,
            "skipped-name",
            f"{rel}: documentation (README/LICENCE/CHANGELOG/NOTICE); "
            "not read (list it in the manifest if it is an article)",
            _size(p),
        )
    suffix = p.suffix.lower()
    if suffix not in INPUT_SUFFIXES:
        hint = _HINTS.get(suffix, f"only {', '.join(INPUT_SUFFIXES)} files are read")
        return Notice(rel, "unsupported-format", f"{rel}: format {suffix or '(none)'} is not read; {hint}", _size(p))
    return None


def _walk_dirs(base: Path, dirnames: list[str], root: Path, notices: list[Notice]) -> None:
    """Drop linked and hidden folders from the walk (in place), each with its notice."""
    for name in list(dirnames):
        p = base / name
        rel = p.relative_to(root).as_posix()
        if p.is_symlink():
            notices.append(_link_notice(p, rel, "folder"))
        elif name.startswith("."):
            notices.append(Notice(rel, "skipped-name", f"{rel}/: a hidden folder; not searched"))
        else:
            continue
        dirnames.remove(name)
    dirnames.sort()


def survey(input_dir: Path, manifest_file: Path | None, listed: frozenset[str]) -> Survey:
    """Walk `input_dir` without following links; sort every path into documents and notices."""
    documents: list[str] = []
    notices: list[Notice] = []
    for dirpath, dirnames, filenames in os.walk(input_dir, followlinks=False):
        base = Path(dirpath)
        _walk_dirs(base, dirnames, input_dir, notices)
        for name in sorted(filenames):
            p = base / name
            rel = p.relative_to(input_dir).as_posix()
            notice = classify(p, rel, manifest_file, listed)
            if notice is None:
                documents.append(rel)
            else:
                notices.append(notice)
    return Survey(tuple(sorted(documents)), tuple(sorted(notices, key=lambda n: n.path)))


def has_link(base: Path, rel: str) -> bool:
    """Whether any component of base/rel (below base) is a symbolic link."""
    p = base
    for part in Path(rel).parts:
        p = p / part
        if p.is_symlink():
            return True
    return False


# ------------------------------------------------------------------ the report
def intake_frame(rows: list[dict]) -> pd.DataFrame:
    """Intake rows as a table with the spec's columns and types (bytes: nullable integer)."""
    df = pd.DataFrame(rows, columns=INTAKE_COLUMNS)
    for c in INTAKE_COLUMNS:
        if c == "bytes":
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
        else:
            df[c] = df[c].astype(object).fillna("").astype(str)
    return df


def notice_rows(notices: tuple[Notice, ...] | list[Notice]) -> list[dict]:
    """Intake rows for the paths that are not read."""
    return [
        {
            "path": n.path,
            "record": "",
            "doc_id": "",
            "status": n.status,
            "reason": n.reason,
            "bytes": n.nbytes,
            "format": Path(n.path).suffix.lower().lstrip("."),
            "encoding": "",
            "published_raw": "",
            "date_status": "",
        }
        for n in notices
    ]


def intake_report(shard_intakes: list[pd.DataFrame], notices: tuple[Notice, ...] | list[Notice]) -> pd.DataFrame:
    """results/corpus/intake.csv: the shards' rows (documents, records) and the notices, by path.

    Within a path rows keep reading order (a stable sort), so line 9 comes before line 10.
    """
    frames = [intake_frame(df.to_dict("records")) for df in shard_intakes]
    frames.append(intake_frame(notice_rows(notices)))
    df = pd.concat(frames, ignore_index=True)
    df = df.sort_values("path", kind="mergesort").reset_index(drop=True)
    return validate(df, CORPUS_INTAKE)


def intake_summary(intake: pd.DataFrame) -> str:
    """One line for the end of a run: rows, documents that can be coded, counts per status.

    >>> intake_summary(intake_frame([{"path": "a.txt", "status": "ok"}, {"path": "b", "status": "manifest"}]))
    'intake: 2 file(s)/record(s); 1 usable document(s); by status: manifest=1, ok=1'
    """
    counts = intake["status"].value_counts().sort_index()
    usable = int((intake["status"] == STATUS_OK).sum())
    by_status = ", ".join(f"{k}={v}" for k, v in counts.items()) or "nothing found"
    return f"intake: {len(intake)} file(s)/record(s); {usable} usable document(s); by status: {by_status}"


def require_usable(intake: pd.DataFrame, report_path: str = "results/corpus/intake.csv") -> None:
    """Raise a UserError with the summary when no document can be coded.

    >>> require_usable(intake_frame([{"path": "README.txt", "status": "skipped-name"}]))
    Traceback (most recent call last):
    analysis.errors.UserError: no usable document in the corpus (intake: 1 file(s)/record(s); 0 usable document(s); by status: skipped-name=1); every file and its reason: results/corpus/intake.csv
    """
    if not (intake["status"] == STATUS_OK).any():
        raise UserError(
            f"no usable document in the corpus ({intake_summary(intake)}); every file and its reason: {report_path}"
        )
