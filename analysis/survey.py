"""Walk a corpus folder without reading a byte of it: documents to read, and why the rest is not.

Planning (which jobs exist, which files each reads) happens when the workflow is parsed,
so this module uses the standard library only: it must stay fast to import and cheap on a
folder of 100k files. Links are never followed; every path that is not read gets a
`Notice` with its intake status, so the intake report can account for it.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from analysis.vocab import STATUS_MANIFEST

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".jsonl", ".csv")  # text tables
WORKBOOK_SUFFIXES = (".xlsx",)
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + TABLE_SUFFIXES + WORKBOOK_SUFFIXES

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
    # the manifest by name first: a file that is no link resolves to its own name, and `resolve`
    # for each of 100k files was most of the walk (the planning of every run, the merge job)
    if manifest_file is not None and p.name == manifest_file.name and p.resolve() == manifest_file:
        return Notice(rel, STATUS_MANIFEST, f"{rel}: the manifest (metadata, not a document)", _size(p))
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
