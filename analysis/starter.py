"""`python -m analysis init DIR`: a first config and manifest for a researcher's own folder.

A new user's first act is to point the package at a folder of articles. Writing a config
and a manifest by hand means knowing every key first; instead this module looks at the
folder (file formats, outlet sub-folders, dates in file names, export columns) and writes
a complete, stand-alone config plus a manifest skeleton with what it could infer, and it
says plainly what it could not infer, so the user edits a draft rather than a blank page.
Only names, sizes and the first bytes of files are read; nothing is copied.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from analysis.clean_rules import match_rule
from analysis.decode import detect_text
from analysis.errors import UserError
from analysis.exports import COLUMN_ALIASES
from analysis.survey import HTML_SUFFIXES, INPUT_SUFFIXES, TABLE_SUFFIXES, WORKBOOK_SUFFIXES, survey

MANIFEST_COLUMNS = ("doc_id", "file", "outlet", "published", "title")
_NAME_RE = re.compile(r"^[A-Za-z0-9_-]+$")
# 2021-04-07, 2021_04_07, 20210407 in a file name (a plausible year and month only)
_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
# <meta property="og:site_name" content="…"> (either attribute first), then application-name:
# the names trafilatura gives the build as the page's site (analysis.ingest.read_html)
_SITE_RES = tuple(
    re.compile(
        rf"<meta\b(?=[^>]*\b(?:property|name)\s*=\s*[\"']{key}[\"'])[^>]*\bcontent\s*=\s*[\"']([^\"']*)[\"']", re.I
    )
    for key in ("og:site_name", "application-name")
)
_HEAD_BYTES = 4096


@dataclass(frozen=True)
class FoundFile:
    """One corpus file and what its name and first bytes tell."""

    rel: str
    outlet: str = ""
    published: str = ""
    title: str = ""
    columns: tuple[str, ...] = ()
    site: str = ""  # an HTML page's own site name (og:site_name), if its head gives one


@dataclass
class Inventory:
    """What `inspect_folder` found: usable files, skipped ones, and open questions."""

    folder: Path
    files: list[FoundFile] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (relative path, why)
    notes: list[str] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        """The outlets that sub-folders name (a page's site name or an export column is not one)."""
        return sorted({f.outlet for f in self.files if f.outlet and f.outlet == _top_folder(f.rel)})

    @property
    def sites(self) -> list[str]:
        """The outlets that pages name themselves, where their folder names none."""
        return sorted({f.outlet for f in self.files if f.outlet and f.outlet != _top_folder(f.rel)})


def _top_folder(rel: str) -> str:
    parts = PurePosixPath(rel).parts
    return parts[0] if len(parts) > 1 else ""


def site_name(head: str) -> str:
    """The site name an HTML page gives in its head, or "".

    >>> site_name('<meta content="Nadi Kinara" property="og:site_name">')
    'Nadi Kinara'
    """
    for pattern in _SITE_RES:
        if (m := pattern.search(head)) and m.group(1).strip():
            return " ".join(m.group(1).split())[:100]
    return ""


def date_from_name(name: str) -> str:
    """An ISO date written in a file name, or "".

    >>> date_from_name("dainik_20200415.txt"), date_from_name("2021-04-07 lavrov.html")
    ('2020-04-15', '2021-04-07')
    >>> date_from_name("story_123456789.txt")
    ''
    """
    m = _DATE_RE.search(name)
    return "-".join(m.groups()) if m else ""


def _head(path: Path) -> str:
    """The first bytes of a file decoded as the corpus stage will decode it, or "".

    Reading them as UTF-8 put mojibake into the manifest's title column for a UTF-16 or
    cp1252 file and a binary file's noise into it; `detect_text` names the same encoding
    the build will use and gives no text for what the build refuses. A head cut inside a
    character is retried a byte or three shorter.
    """
    with path.open("rb") as fh:
        data = fh.read(_HEAD_BYTES)
    for cut in range(4 if len(data) == _HEAD_BYTES else 1):
        found = detect_text(data[: len(data) - cut], path.name)
        if found.text is not None:
            return found.text
    return ""


def _title_guess(path: Path, head: str) -> str:
    """The page <title> of an HTML file or the first line of a text file the cleaner keeps.

    A date, byline or navigation line above the headline ('प्रकाशित: 12 मार्च 2023') is
    removed by the cleaner's line rules; taking it as the title put the date line in the
    manifest's title column, where the user recognises each file by it.
    """
    if path.suffix.lower() in HTML_SUFFIXES:
        m = _TITLE_RE.search(head)
        return " ".join(m.group(1).split())[:200] if m else ""
    lines = [ln.strip() for ln in head.splitlines() if ln.strip()]
    line = next((ln for ln in lines if match_rule(ln) is None), lines[0] if lines else "")
    return line[:200]


def _table_columns(path: Path, head: str) -> tuple[str, ...]:
    """Column names of a CSV export (header row) or a JSONL export (first record's keys)."""
    if path.suffix.lower() == ".csv":
        try:
            return tuple(c.strip() for c in next(csv.reader(io.StringIO(head)), []))
        except csv.Error:
            return ()
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    try:
        rec = json.loads(first)
    except ValueError:
        return ()
    return tuple(rec) if isinstance(rec, dict) else ()


def _workbook_columns(path: Path) -> tuple[str, ...]:
    """Header row of a workbook's first sheet (an unreadable workbook has none)."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True)
        first = next(wb.worksheets[0].iter_rows(max_row=1, values_only=True), ())
    except Exception:  # noqa: BLE001 - any damage means "no header we can use"; the corpus stage says why
        return ()
    return tuple(str(c).strip() for c in first if c is not None)


def _describe(folder: Path, path: Path, nested: bool) -> FoundFile:
    rel = path.relative_to(folder).as_posix()
    outlet = PurePosixPath(rel).parts[0] if nested else ""
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return FoundFile(rel, outlet, date_from_name(path.name), "", _workbook_columns(path))
    head = _head(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        return FoundFile(rel, outlet, date_from_name(path.name), "", _table_columns(path, head))
    site = site_name(head) if path.suffix.lower() in HTML_SUFFIXES else ""
    return FoundFile(rel, outlet, date_from_name(path.name), _title_guess(path, head), site=site)


def _walk(folder: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files the corpus stage will read, and every other path with the reason it won't.

    The same walk as the corpus stage (`survey`): links are not followed, hidden and
    documentation files are skipped, so `init` promises exactly what the build will do.
    """
    found = survey(folder, None, frozenset())
    return [folder / rel for rel in found.documents], [(n.path, n.reason) for n in found.notices]


def inspect_folder(folder: str | Path) -> Inventory:
    """Look at a corpus folder: formats, outlet sub-folders, dates, titles, export columns.

    Outlets are inferred from folder names only when every file sits in a sub-folder
    (`outlet/…`): a mix of loose and foldered files says nothing reliable about outlets.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"init: {folder} is not a directory (give the folder that holds your articles)")
    paths, skipped = _walk(folder)
    if not paths:
        raise UserError(f"init: {folder} holds no {', '.join(INPUT_SUFFIXES)} file; nothing to analyse")
    nested = all(len(p.relative_to(folder).parts) > 1 for p in paths)
    files = _collection_outlets([_own_outlets(_describe(folder, p, nested)) for p in paths])
    inv = Inventory(folder.resolve(), files, skipped)
    _add_notes(inv, nested)
    return inv


def _own_outlets(found: FoundFile) -> FoundFile:
    """An export with an outlet column names each record's outlet: its folder does not.

    With `outlet_from: folder` the folder of `exports/feed.csv` overrode every row's own
    outlet column, so three papers' rows were all coded as one outlet called "exports".
    Such a file's manifest outlet is left blank and the config reads the manifest first
    (see `config_text`), so each record's own column decides.
    """
    if found.columns and _has_alias(found.columns, "outlet"):
        return replace(found, outlet="")
    return found


def collection_folders(files: list[FoundFile]) -> set[str]:
    """Top folders that hold articles of several outlets, or of one the pages name themselves.

    A folder is an outlet only when it stands for one: `exports/` beside `jan_awaz/` held a
    feed whose rows name their outlets and a saved page of another site, and `init` gave the
    page the outlet "exports". Not an outlet: a folder with an export naming its rows'
    outlets, a folder whose pages name two or more sites, or the corpus's only folder when
    its pages name their site (one folder says no more about outlets than loose files do).
    """
    by_folder: dict[str, list[FoundFile]] = {}
    for f in files:
        by_folder.setdefault(_top_folder(f.rel), []).append(f)
    out = set()
    for folder, members in by_folder.items():
        sites = {f.site for f in members if f.site}
        if folder and (
            any(f.columns and _has_alias(f.columns, "outlet") for f in members)
            or len(sites) > 1
            or (sites and len(by_folder) == 1)
        ):
            out.add(folder)
    return out


def _collection_outlets(files: list[FoundFile]) -> list[FoundFile]:
    """Files in a folder that is no outlet take their page's site name, or none (the user fills it)."""
    shared = collection_folders(files)
    return [replace(f, outlet=f.site) if f.outlet and _top_folder(f.rel) in shared else f for f in files]


def has_outlet_columns(inv: Inventory) -> bool:
    """Whether some export names its records' outlets in a column."""
    return any(f.columns and _has_alias(f.columns, "outlet") for f in inv.files)


def _add_notes(inv: Inventory, nested: bool) -> None:
    """What the user still has to tell: outlets, dates, export columns."""
    if not nested:
        inv.notes.append("outlets: files are not in per-outlet sub-folders; fill the manifest's outlet column")
    else:
        blank = [f.rel for f in inv.files if not f.outlet and not (f.columns and _has_alias(f.columns, "outlet"))]
        if blank:
            inv.notes.append(
                f"outlets: {len(blank)} file(s) lie in a folder that is not one outlet and name no site "
                f"({', '.join(blank[:3])}{' …' if len(blank) > 3 else ''}); fill the manifest's outlet column"
            )
    undated = sum(1 for f in inv.files if not f.published and not f.columns)
    if undated:
        inv.notes.append(f"dates: {undated} file(s) have no date in their name; fill the manifest's published column")
    for f in inv.files:
        if f.columns and not _has_alias(f.columns, "text"):
            inv.notes.append(
                f"{f.rel}: no text column among {list(f.columns)}; "
                f"rename the article text column to one of {list(COLUMN_ALIASES['text'])}"
            )


def _has_alias(columns: tuple[str, ...], key: str) -> bool:
    names = {c.strip().lower() for c in columns}
    return any(a in names for a in COLUMN_ALIASES[key])


@dataclass(frozen=True)
class Starter:
    """The files `write_starter` wrote and the one command that runs the corpus."""

    config: Path
    manifest: Path
    command: str


def _id_base(stem: str) -> str:
    """A path without suffix as an id: letters, their vowel signs and digits kept, the rest `_`.

    `\\w` alone drops Devanagari vowel signs and viramas (Unicode marks), so "नदी रिपोर्ट"
    became "नद_र_प_र_ट"; marks are kept with their letters.

    >>> _id_base("jan awaz/नदी रिपोर्ट")
    'jan_awaz_नदी_रिपोर्ट'
    """
    kept = "".join(c if c in "-_" or unicodedata.category(c)[0] in "LMN" else "\0" for c in stem)
    return re.sub("\0+", "_", kept).strip("_") or "doc"


def doc_ids(files: list[FoundFile]) -> list[str]:
    """A stable, unique id per file: its path without the suffix, `/` → `_`.

    >>> doc_ids([FoundFile("a/x.txt"), FoundFile("b/x.txt"), FoundFile("b/x.html")])
    ['a_x', 'b_x', 'b_x_html']
    """
    ids, seen = [], set()
    for f in files:
        base = _id_base(str(PurePosixPath(f.rel).with_suffix("")))
        doc = base if base not in seen else f"{base}_{PurePosixPath(f.rel).suffix.lstrip('.') or 'x'}"
        seen.add(doc)
        ids.append(doc)
    return ids


def manifest_rows(inv: Inventory) -> list[dict[str, str]]:
    """The manifest skeleton: one row per file, inferred values filled, the rest blank."""
    return [
        {"doc_id": d, "file": f.rel, "outlet": f.outlet, "published": f.published, "title": f.title}
        for d, f in zip(doc_ids(inv.files), inv.files)
    ]


def _relative_to_root(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


def config_text(name: str, inv: Inventory, manifest: str, root: Path) -> str:
    """A complete, stand-alone corpus config (every key written out, nothing inherited)."""
    by_folder = all(f.outlet and f.outlet == _top_folder(f.rel) for f in inv.files)
    outlet_from = "folder" if by_folder and not has_outlet_columns(inv) else "manifest"
    return f"""# Corpus "{name}", written by `python -m analysis init`; edit freely, then run:
#   .venv/bin/snakemake --cores all --configfile config/corpora/{name}.yaml
# This file is the whole config of this corpus: nothing is taken from config/config.yaml, and a
# key left out takes its default from analysis/schemas/config.schema.json.
corpus:
  name: {name}
  input: {json.dumps(_relative_to_root(inv.folder, root), ensure_ascii=False)}
  manifest: {json.dumps(manifest, ensure_ascii=False)}
  layout: article-per-file        # daily-files: many stories per file, split at headline lines
  outlet_from: {outlet_from}{" " * (19 - len(outlet_from))}# manifest | folder | text
  language: hi
  strict: false                   # true: any document whose status is not "ok" fails the run
  # outlet_home: {{"<outlet>": pakistan}}   # an outlet of another country than the codebook's home (speaker sides)
shard_bytes: 4000000              # input bytes per corpus job: 4-28 jobs whatever the corpus size
codebook: config/codebook.yaml
validation: null                  # no hand coding yet: the workflow writes a coding sheet to fill in
coding_sheet:
  per_stratum: 10                 # units drawn per (outlet, role) for hand coding
reuse:
  ngram: 5
  min_containment: 0.2
  lsh_threshold: 0.3
  num_perm: 128
  lsh_min_docs: 200
statistics:
  seed: 20210407
  bootstrap: 2000
figures:
  lang: en
paths:                            # every output of this corpus, apart from every other corpus's
  results: results/{name}
  figures: results/{name}/figures
paper:                            # results/{name}/paper/paper.html (and .pdf); null: no paper
  source: notebooks/paper.py
  study_prose: null               # a Markdown file with your questions (see notebooks/study/seeds.md)
  timeout: 900
  pdf: true                       # also paper.pdf via XeLaTeX, where xelatex is installed (else skipped, said)
"""


def write_starter(folder: str | Path, name: str, root: str | Path, force: bool = False) -> tuple[Inventory, Starter]:
    """Inspect `folder`; write `config/corpora/NAME.yaml` and `config/corpora/NAME.manifest.csv`.

    Existing files are never overwritten unless `force`: a researcher's edited manifest is
    worth more than a fresh guess.
    """
    if not _NAME_RE.match(name):
        raise UserError(f"init --name: {name!r} may hold only letters, digits, '-' and '_'")
    root = Path(root)
    inv = inspect_folder(folder)
    cfg_path = root / "config" / "corpora" / f"{name}.yaml"
    man_path = cfg_path.with_name(f"{name}.manifest.csv")
    for p in (cfg_path, man_path):
        if p.exists() and not force:
            raise UserError(f"init: {_relative_to_root(p, root)} exists; choose another --name or pass --force")
    cfg_path.parent.mkdir(parents=True, exist_ok=True)
    with man_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(manifest_rows(inv))
    cfg_path.write_text(config_text(name, inv, _relative_to_root(man_path, root), root), encoding="utf-8")
    command = f".venv/bin/snakemake --cores all --configfile {_relative_to_root(cfg_path, root)}"
    return inv, Starter(cfg_path, man_path, command)


def report(inv: Inventory, starter: Starter, root: Path) -> str:
    """What was found, what is still to fill in, and the command to run."""
    by_format: dict[str, int] = {}
    for f in inv.files:
        ext = PurePosixPath(f.rel).suffix.lower()
        by_format[ext] = by_format.get(ext, 0) + 1
    lines = [
        f"found {len(inv.files)} file(s) in {inv.folder}: "
        + ", ".join(f"{n} {ext}" for ext, n in sorted(by_format.items()))
    ]
    if inv.outlets:
        lines.append(f"outlets from sub-folders ({len(inv.outlets)}): {', '.join(inv.outlets)}")
    if inv.sites:
        lines.append(f"outlets from the pages' site names ({len(inv.sites)}): {', '.join(inv.sites)}")
    lines += [
        f"outlets of {f.rel}: from its own outlet column, row by row"
        for f in inv.files
        if f.columns and _has_alias(f.columns, "outlet")
    ]
    # the survey's reason already starts with the path ('a.docx: format .docx is not read')
    lines += [f"skipped {rel}: {why.removeprefix(f'{rel}: ')}" for rel, why in inv.skipped]
    lines += [f"to do: {note}" for note in inv.notes]
    lines += _codebook_note(root)
    lines += [
        f"wrote {_relative_to_root(starter.config, root)}",
        f"wrote {_relative_to_root(starter.manifest, root)}",
        f"run: {starter.command}",
    ]
    return "\n".join(lines)


def _codebook_note(root: Path) -> list[str]:
    """Which study's codebook the new config codes with, so no one reads its frames as their own.

    The config `init` writes names the project's codebook, the seed study's research design;
    a paper about a corpus of civic news then reports stance toward Russia–Pakistan ties
    without the user ever having chosen that. Saying so at `init` is the moment to choose.
    """
    path = Path(root) / "config" / "codebook.yaml"
    try:
        head = path.read_text(encoding="utf-8")[:8192]
    except OSError:
        return []
    m = re.search(r"^name:\s*(\S+)", head, re.M)
    if not m:
        return []
    return [
        f"note: the config codes with config/codebook.yaml, the study '{m[1]}' (its frames and stance targets); "
        "for your own questions write your own codebook (schema: analysis/schemas/codebook.schema.json) "
        "and set `codebook:` in the config"
    ]
