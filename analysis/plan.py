"""The corpus plan: the config's corpus section resolved, the manifest read, the entries listed.

The Snakefile plans its jobs from this while it parses, before any job runs, so it uses
the standard library only (no pandas, no readers): listing 100k names must stay cheap,
and a change to a reader must not slow down `snakemake -n`.
"""

from __future__ import annotations

import csv
import posixpath
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from analysis.errors import UserError
from analysis.survey import has_link, survey

MISSING = "manifest-missing:"
REFUSED = "manifest-refused:"
_MANIFEST_ALIASES = {
    "file": ("file", "path", "filename"),
    "published": ("published", "date", "publish_date"),
    "doc_id": ("doc_id", "id"),
    "outlet": ("outlet", "media_name"),
    "event": ("event",),
    "notes": ("notes", "note"),
}


@dataclass(frozen=True)
class ManifestRow:
    """One manifest row: the document's file and what the researcher knows about it."""

    row: int
    file: str
    doc_id: str
    outlet: str = ""
    published: str = ""
    event: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CorpusSpec:
    """Where the corpus is and how to read it (config["corpus"], paths resolved)."""

    name: str
    root: Path
    input_dir: Path
    manifest_path: Path | None
    layout: str = "article-per-file"
    outlet_from: str = "manifest"
    strict: bool = False
    language: str = "hi"
    manifest: tuple[ManifestRow, ...] = field(default=(), repr=False)

    @classmethod
    def from_config(cls, cfg: dict, root: Path) -> CorpusSpec:
        """Resolve paths against `root` and read the manifest; config errors are UserErrors."""
        root = Path(root)
        input_dir = _resolve(root, cfg["input"])
        if not input_dir.is_dir():
            raise UserError(f"corpus.input: {cfg['input']} is not a directory")
        manifest_path = _resolve(root, cfg["manifest"]) if cfg.get("manifest") else None
        rows: tuple[ManifestRow, ...] = ()
        if manifest_path is not None:
            if not manifest_path.is_file():
                raise UserError(f"corpus.manifest: {cfg['manifest']} does not exist")
            rows = read_manifest(manifest_path)
        layout = cfg.get("layout", "article-per-file")
        if layout not in ("article-per-file", "daily-files"):
            raise UserError(f"corpus.layout: unknown layout {layout!r}")
        return cls(
            name=cfg.get("name", "corpus"),
            root=root,
            input_dir=input_dir,
            manifest_path=manifest_path,
            layout=layout,
            outlet_from=cfg.get("outlet_from", "manifest"),
            strict=bool(cfg.get("strict", False)),
            language=cfg.get("language", "hi"),
            manifest=rows,
        )

    def rows_by_file(self) -> dict[str, ManifestRow]:
        """Manifest rows keyed by their normalised relative path; the first row for a file wins."""
        rows: dict[str, ManifestRow] = {}
        for r in self.manifest:
            rows.setdefault(_clean_rel(r.file), r)
        return rows


def _resolve(root: Path, p: str) -> Path:
    path = Path(p)
    return (path if path.is_absolute() else root / path).resolve()


def _clean_rel(p: str) -> str:
    return posixpath.normpath(p.replace("\\", "/"))


def _manifest_text(path: Path) -> str:
    """The manifest's text, in whatever encoding a spreadsheet saved it.

    Excel saves "CSV" as cp1252 and "Unicode text" as UTF-16; both stopped the run with a
    codec message. They are decoded as documents are (`detect_text`), and what cannot be
    read is refused with the fix.
    """
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from analysis.decode import detect_text  # numpy: only for a manifest that is not UTF-8

        found = detect_text(data, path.name)
        if found.text is None:
            raise UserError(f"{path.name}: cannot read the manifest ({found.detail}); save it as CSV UTF-8") from None
        return found.text


def _manifest_separator(text: str) -> str:
    """The separator (, ; tab |) whose header row names a file column; "," if none does.

    A spreadsheet set to a European locale writes `;`: the whole header was one column
    and the run stopped with "needs a 'file' column" although the column was there.
    """
    header = text.lstrip().splitlines()[0] if text.strip() else ""
    for sep in ",;\t|":
        names = {c.strip().strip('"').lower() for c in header.split(sep)}
        if names & set(_MANIFEST_ALIASES["file"]):
            return sep
    return ","


def read_manifest(path: Path) -> tuple[ManifestRow, ...]:
    """Read a manifest CSV (columns doc_id, file|path, outlet, published|date, event, notes).

    Rows with every cell blank (the `,,,,` lines a spreadsheet leaves below the data) are
    not rows. Every shard job reads the whole manifest (100k rows for 100k articles): the rows
    are read as lists and their cells taken by position (`_manifest_rows`), not as a dict each.
    """
    text = _manifest_text(path)
    try:
        header, records = _manifest_rows(text.splitlines(keepends=True), _manifest_separator(text))
    except csv.Error as exc:
        raise UserError(f"{path.name}: cannot read the manifest ({exc})") from None
    if not header:  # an empty file: no rows
        return ()
    position = {name: i for i, name in enumerate(header)}  # a repeated name: its last column, as in a dict
    cols = {c.strip().lower(): c for c in header if c}
    pick = {k: next((position[cols[a]] for a in al if a in cols), None) for k, al in _MANIFEST_ALIASES.items()}
    if pick["file"] is None:
        raise UserError(f"{path.name}: the manifest needs a 'file' (or 'path') column")
    order = [pick[k] for k in ("file", "doc_id", "outlet", "published", "event", "notes")]
    rows = []
    for i, rec in records:
        n = len(rec)
        file, doc_id, outlet, published, event, notes = [
            rec[k].strip() if k is not None and k < n else "" for k in order
        ]
        if not file:
            raise UserError(f"{path.name}: row {i} has no file")
        rows.append(ManifestRow(i, file, doc_id or PurePosixPath(file).stem, outlet, published, event, notes))
    return tuple(rows)


def _manifest_rows(lines: list[str], delimiter: str) -> tuple[list[str] | None, list[tuple[int, list[str]]]]:
    """(header, [(line number, cells)] of the rows with a cell that is not blank), as `csv.DictReader` gives them.

    Empty lines are skipped and a row is numbered by the reader's line count once read; a cell
    counts for the blank test only under a header name (the last column of a repeated name).
    """
    if _plain_cells(lines):
        return _split_rows(lines, delimiter)
    reader = csv.reader(lines, delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        return None, []
    return header, _filled(header, ((reader.line_num, rec) for rec in reader))


def _filled(header: list[str], rows) -> list[tuple[int, list[str]]]:
    """The (line number, cells) rows, empty ones skipped, with a cell not blank under a header name
    (the last column of a repeated name, as in a dict): what both readers keep."""
    named = sorted({name: i for i, name in enumerate(header)}.values())
    width = len(header)
    dense = named == list(range(width))  # no repeated name: the first len(header) cells
    return [
        (no, rec)
        for no, rec in rows
        if rec and "".join(rec[:width] if dense else [rec[i] for i in named if i < len(rec)]).strip()
    ]


def _plain_cells(lines: list[str]) -> bool:
    """No quotation mark and no line beyond the csv module's field limit: csv would only split each line."""
    return not any('"' in line for line in lines) and max(map(len, lines), default=0) <= csv.field_size_limit()


def _split_rows(lines: list[str], delimiter: str) -> tuple[list[str] | None, list[tuple[int, list[str]]]]:
    """`_manifest_rows` of lines without a quotation mark: each line, less its line break, split at the delimiter.

    What the csv reader gives such lines (a line with nothing before its break is an empty row),
    without a Python step per cell: a 100k-row manifest is read by every shard job.
    """
    cells = [line.rstrip("\r\n").split(delimiter) if line.rstrip("\r\n") else [] for line in lines]
    if not cells:
        return None, []
    return cells[0], _filled(cells[0], enumerate(cells[1:], 2))


def _inside(base: Path, rel: str) -> bool:
    target = (base / rel).resolve()
    return target == base or base in target.parents


def _survey(spec: CorpusSpec):
    manifest_file = spec.manifest_path.resolve() if spec.manifest_path else None
    return survey(spec.input_dir, manifest_file, frozenset(spec.rows_by_file()))


def _manifest_entry(spec: CorpusSpec, row: ManifestRow) -> str | None:
    """The entry for a manifest row's file; None when the walk accounts for it (a link)."""
    rel = _clean_rel(row.file)
    if rel == ".." or rel.startswith(("../", "/")):
        return f"{REFUSED}{row.row}"
    if has_link(spec.input_dir, rel):
        return None
    if not _inside(spec.input_dir, rel):
        return f"{REFUSED}{row.row}"
    return rel if (spec.input_dir / rel).is_file() else f"{MISSING}{row.row}"


def plan_entries(spec: CorpusSpec) -> list[str]:
    """Every document to read and every manifest row without a readable file, sorted.

    Only names are listed (no contents read), so planning stays fast on a large corpus.
    Links, hidden and documentation files and other formats are left to `plan_notices`.
    """
    documents = set(_survey(spec).documents)
    entries = set(documents)
    for row in spec.rows_by_file().values():
        if _clean_rel(row.file) in documents:  # the walk found it: a regular file, no link on its way
            continue
        entry = _manifest_entry(spec, row)
        if entry:
            entries.add(entry)
    return sorted(entries)


def entry_doc_ids(spec: CorpusSpec, entries: Sequence[str]) -> dict[str, str]:
    """The doc_id of each file entry whose stem another document shares (usually none).

    A file is named by its stem ("a" for a.txt), or by its manifest row's doc_id. When
    another document has the same stem or id (a.txt beside a.html, x/a.txt beside
    y/a.txt), each file without a manifest row is named by its path instead, with every
    run of other characters than letters, digits and '-' made '_' ("a_txt", "x_a_txt"),
    so both are read and told apart. `entries` must be the whole corpus's (`plan_entries`):
    adding a.html renames a.txt, and the workflow passes these ids to each shard as a
    parameter so that such a shard reruns.

    >>> spec = CorpusSpec("c", Path("."), Path("."), None)
    >>> entry_doc_ids(spec, ["a.html", "a.txt", "b.txt", "x/c.txt", "y/c.txt"])
    {'a.html': 'a_html', 'a.txt': 'a_txt', 'x/c.txt': 'x_c_txt', 'y/c.txt': 'y_c_txt'}
    """
    described = spec.rows_by_file()
    files = [e for e in entries if not e.startswith((MISSING, REFUSED)) and _clean_rel(e) not in described]
    taken = Counter(PurePosixPath(e).stem for e in files) + Counter(r.doc_id for r in spec.manifest)
    return {e: re.sub(r"[^\w-]+", "_", e).strip("_") or "doc" for e in files if taken[PurePosixPath(e).stem] > 1}
