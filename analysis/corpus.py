"""The corpus stage: list the inputs, read, clean and segment them, in shards.

The Snakefile lists the corpus once (`plan_entries`, file names only), cuts the entries
into shards, runs `build_shard` per shard and `merge_shards` at the end. An entry is a
file path relative to the input directory, or `manifest-missing:<row>` /
`manifest-refused:<row>` for a manifest row whose file is absent or lies outside the
corpus directory, so those rows get an article row too. Paths that are not documents
(README, links, other formats) are not entries: `plan_notices` lists them for the intake
report (`analysis.intake`), which `corpus_intake` builds from the shards and the notices.

Sources of truth, in order: the manifest overrides what the text says (the
`published_source` and `outlet_source` columns say which source won); `outlet_from`
chooses the first source for the outlet (manifest, folder name, or brand strings in the
page chrome).
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import pandas as pd

from analysis.clean import CleanedArticle, clean_article, normalize_unicode, split_stories, to_lines
from analysis.copies import set_aside, set_aside_ids, set_aside_intake, text_key
from analysis.dates import DATE_OK, DATE_UNPARSED, ParsedDate, parse_published
from analysis.errors import UserError
from analysis.gcpause import no_cycle_collection
from analysis.ingest import RawDoc, read_file
from analysis.intake import Notice, intake_frame, intake_report
from analysis.plan import (  # noqa: F401 (re-exported: the corpus stage's public names)
    MISSING,
    REFUSED,
    CorpusSpec,
    ManifestRow,
    _clean_rel,
    _survey,
    entry_doc_ids,
    plan_entries,
    read_manifest,
)
from analysis.segment import MAX_UNIT_CHARS, article_units, count_overlong
from analysis.tables import CLEANING_LOG, CORPUS_ARTICLES, CORPUS_INTAKE, CORPUS_UNITS, validate
from analysis.vocab import STATUS_OK


def plan_notices(spec: CorpusSpec) -> list[Notice]:
    """Every path found that is not read as a document, and every repeated manifest row."""
    notices = list(_survey(spec).notices)
    first = spec.rows_by_file()
    for r in spec.manifest:
        rel = _clean_rel(r.file)
        if first[rel] is not r:
            notices.append(
                Notice(
                    rel,
                    "duplicate-manifest-row",
                    (
                        f"{rel}: manifest row {r.row} (doc_id {r.doc_id}) names the same file as row "
                        f"{first[rel].row}; the first row is used, this one ignored"
                    ),
                )
            )
    return sorted(notices, key=lambda n: n.path)


def corpus_intake(spec: CorpusSpec, parts: list[CorpusTables]) -> pd.DataFrame:
    """results/corpus/intake.csv from the shard tables (their `intake`) and the plan's notices.

    A copy of a text its outlet has is marked as `merge_shards` marks it (`set_aside`), as the merge job does.
    """
    intake = shard_intake(spec, [p.intake for p in parts if p.intake is not None])
    return (
        set_aside_intake(intake, set_aside(pd.concat([p.articles for p in parts], ignore_index=True)))
        if parts
        else intake
    )


def shard_intake(spec: CorpusSpec, intakes: list[pd.DataFrame]) -> pd.DataFrame:
    """results/corpus/intake.csv from the shards' intake rows and the plan's notices."""
    return intake_report(intakes, plan_notices(spec))


@dataclass
class CorpusTables:
    """The corpus stage's tables: articles, units, cleaning log, and (from a shard) its intake rows."""

    articles: pd.DataFrame
    units: pd.DataFrame
    cleaning_log: pd.DataFrame
    intake: pd.DataFrame | None = None

    def validate(self, part: str = "") -> CorpusTables:
        """Check each table against its spec in `analysis.tables`; return the tables.

        `part` names a shard in the message ("shard 2 of 5"), so a bad shard file is
        found by the stage that reads it, not by a KeyError in a later one.
        """
        tables = [(self.articles, CORPUS_ARTICLES), (self.units, CORPUS_UNITS), (self.cleaning_log, CLEANING_LOG)]
        if self.intake is not None:
            tables.append((self.intake, CORPUS_INTAKE))
        for df, spec in tables:
            validate(df, spec, where=f"{spec.name} ({part})" if part else None)
        return self


@dataclass
class _Shard:
    """Rows collected while a shard is read."""

    arts: list[dict] = field(default_factory=list)
    units: list = field(default_factory=list)
    log: list[dict] = field(default_factory=list)
    intake: list[dict] = field(default_factory=list)

    def add(
        self,
        art: dict,
        raw: RawDoc | None = None,
        notes: tuple[str, ...] = (),
        date: ParsedDate | None = None,
        record: str | None = None,
    ) -> None:
        """One article row and its intake row (reason: why not ok, or what was noted)."""
        self.arts.append(art)
        path = art["source_path"]
        reason = (
            art["status_detail"] if art["status"] != STATUS_OK else (f"{path}: " + "; ".join(notes) if notes else "")
        )
        self.intake.append(
            {
                "path": path,
                "record": record if record is not None else raw.record if raw else "",
                "doc_id": art["doc_id"],
                "status": art["status"],
                "reason": reason,
                "bytes": raw.nbytes if raw and raw.sha256 else None,
                "format": raw.fmt if raw else "",
                "encoding": raw.encoding if raw else "",
                "published_raw": date.raw if date else "",
                "date_status": date.status if date else "",
            }
        )


def _empty_article(doc_id: str, source_path: str, status: str, detail: str, **kw: str) -> dict:
    row = {c: "" for c in CORPUS_ARTICLES.columns}
    row.update(doc_id=doc_id, source_path=source_path, status=status, status_detail=detail, n_units=0)
    row.update(kw)
    return row


def _choose(candidates: list[tuple[str, str]]) -> tuple[str, str]:
    """First non-empty (value, source) pair, or ("", "")."""
    return next(((v, s) for v, s in candidates if v), ("", ""))


def _published(m: ManifestRow, raw: RawDoc, art: CleanedArticle) -> tuple[str, str, ParsedDate]:
    """(ISO date, its source, the date as given) : the manifest's date if readable, else the text's.

    An unreadable manifest date does not hide the text's date; the intake report keeps
    the raw value with date_status "unparsed".
    """
    given = parse_published(m.published)
    text_date = raw.meta.get("published", "") or art.published
    iso, source = _choose([(given.iso, "manifest"), (text_date, "text")])
    if given.status == DATE_UNPARSED or (not given.raw and raw.date.status == DATE_UNPARSED and not iso):
        return iso, source, given if given.raw else raw.date
    if source == "manifest":
        return iso, source, given
    if raw.meta.get("published"):
        return iso, source, raw.date
    if not iso and art.published_line:  # a date line no calendar has ('31 फरवरी 2023'): say so
        return iso, source, ParsedDate(art.published_line, "", DATE_UNPARSED)
    return iso, source, ParsedDate(iso, iso, DATE_OK if iso else "")


def _outlet(spec: CorpusSpec, source_path: str, listed: str, meta: str, in_text: str = "") -> tuple[str, str]:
    """(outlet, its source) by `corpus.outlet_from`: manifest, folder, export/HTML metadata, text."""
    parts = PurePosixPath(source_path).parts  # one path object per article (`pathlib` parses in Python)
    folder = parts[0] if len(parts) > 1 else ""
    sources = {
        "manifest": (listed, "manifest"),
        "folder": (folder, "folder"),
        "metadata": (meta, "text"),
        "text": (in_text, "text"),
    }
    order = {
        "manifest": ["manifest", "metadata", "text"],
        "folder": ["folder", "manifest", "metadata", "text"],
        "text": ["text", "metadata", "manifest"],
    }[spec.outlet_from]
    return _choose([sources[k] for k in order])


def _known_metadata(spec: CorpusSpec, source_path: str, row: ManifestRow | None, meta: dict) -> dict[str, str]:
    """Outlet and date of a document that is not coded (empty, binary, other script …).

    Such a row used to keep only its path and status, so the paper's data table listed it
    under outlet "unknown" and a researcher could not count what each outlet lost; the
    manifest, folder and export columns still say whose and when it was.
    """
    outlet, outlet_source = _outlet(spec, source_path, row.outlet if row else "", meta.get("outlet", ""))
    given = parse_published(row.published if row else "").iso
    published, published_source = _choose([(given, "manifest"), (meta.get("published", ""), "text")])
    return {
        "outlet": outlet,
        "outlet_source": outlet_source,
        "published": published,
        "published_source": published_source,
    }


def _article_row(
    spec: CorpusSpec, raw: RawDoc, doc_id: str, art: CleanedArticle, row: ManifestRow | None, n_units: int
) -> tuple[dict, ParsedDate]:
    m = row or ManifestRow(0, raw.source_path, doc_id)
    outlet, outlet_source = _outlet(spec, raw.source_path, m.outlet, raw.meta.get("outlet", ""), art.outlet)
    published, published_source, date = _published(m, raw, art)
    status, detail = raw.status, raw.status_detail
    if status == STATUS_OK and not art.paragraphs:
        status = "headline-only" if art.title else "empty"
        detail = f"{raw.source_path}: no body text left after cleaning"
    return {
        "doc_id": doc_id,
        "source_path": raw.source_path,
        "sha256": raw.sha256,
        "outlet": outlet,
        "title": art.title,
        "standfirst": art.standfirst,
        "byline": art.byline or raw.meta.get("byline", ""),
        "published": published,
        "published_source": published_source,
        "language": spec.language,
        "text": art.text,
        "n_units": n_units,
        "status": status,
        "outlet_source": outlet_source,
        "event": m.event,
        "notes": "; ".join([x for x in [m.notes, *art.notes] if x]),
        "status_detail": detail,
        "text_sha256": text_key(art.title, art.standfirst, art.text),
    }, date


def _undated_note(article: dict) -> tuple[str, ...]:
    """Why an article read without a date has none, for its intake row.

    Its row said status ok, date_status blank and no reason: a researcher could not tell a file
    with no date anywhere from one whose date was read (the paper only counted them).
    """
    if article["published"] or article["status"] != STATUS_OK:
        return ()
    return (
        "no publication date: neither the manifest's published column nor the text gives one; fill it in the manifest",
    )


def _overlong_note(art: CleanedArticle) -> tuple[str, ...]:
    n = sum(count_overlong(f) for f in (art.title, art.standfirst, *(p for _, p in art.paragraphs)))
    return (
        (f"{n} sentence(s) longer than {MAX_UNIT_CHARS} characters split into units of at most {MAX_UNIT_CHARS}",)
        if n
        else ()
    )


def _process_file(spec: CorpusSpec, rel: str, row: ManifestRow | None, out: _Shard, doc_id: str | None) -> None:
    stem = row.doc_id if row else (doc_id or PurePosixPath(rel).stem)
    for raw in read_file(spec.input_dir / rel, rel, stem, spec.language):
        if raw.text is None or raw.status != STATUS_OK:
            out.add(
                _empty_article(
                    raw.doc_id,
                    rel,
                    raw.status,
                    raw.status_detail,
                    sha256=raw.sha256,
                    language=spec.language,
                    event=row.event if row else "",
                    notes=row.notes if row else "",
                    **_known_metadata(spec, raw.source_path, row, raw.meta),
                ),
                raw,
            )
            continue
        text = normalize_unicode(raw.text)
        if spec.layout == "daily-files" and not raw.structured:
            stories = [(f"{raw.doc_id}-{k:03d}", f"story {k}", s) for k, s in enumerate(split_stories(text), 1)]
        else:
            stories = [(raw.doc_id, raw.record, to_lines(text))]
        for doc_id, record, lines in stories:
            hint = normalize_unicode(raw.meta.get("title", "")).replace("\n", " ")
            art = clean_article(lines, title_hint=hint)
            us = article_units(doc_id, art.title, art.standfirst, art.paragraphs)
            out.units.extend(us)
            article, date = _article_row(spec, raw, doc_id, art, row, len(us))
            notes = (
                *raw.notes,
                *([date.problem] if date.problem else []),
                *_undated_note(article),
                *_overlong_note(art),
            )
            out.add(article, raw, notes, date, record)
            out.log.extend(
                {"doc_id": doc_id, "line_no": no, "line": line, "reason": reason} for no, line, reason in art.removed
            )


def _manifest_problem(spec: CorpusSpec, entry: str, out: _Shard) -> None:
    """The article row for a manifest row whose file is missing or outside the corpus."""
    missing = entry.startswith(MISSING)
    r = next(r for r in spec.manifest if str(r.row) == entry.split(":", 1)[1])
    rel = _clean_rel(r.file)
    detail = (
        f"{rel}: listed in the manifest (row {r.row}) but not found"
        if missing
        else f"{r.file}: manifest row {r.row} points outside the corpus directory; refused"
    )
    out.add(
        _empty_article(
            r.doc_id,
            rel if missing else r.file,
            "missing-file" if missing else "path-outside-corpus",
            detail,
            event=r.event,
            notes=r.notes,
            language=spec.language,
            **_known_metadata(spec, rel if missing else r.file, r, {}),
        )
    )


def build_shard(spec: CorpusSpec, entries: list[str], ids: dict[str, str] | None = None) -> CorpusTables:
    """Read, clean and segment the given entries (see `plan_entries`); one intake row per record.

    `ids`: the doc_id of each entry whose stem another document of the corpus shares
    (`entry_doc_ids` over the whole corpus; the workflow plans it once). None: listed here.
    """
    by_file = spec.rows_by_file()
    ids = entry_doc_ids(spec, plan_entries(spec)) if ids is None else ids
    out = _Shard()
    with no_cycle_collection():  # the shard's rows and units are small records without cycles
        for entry in entries:
            if entry.startswith((MISSING, REFUSED)):
                _manifest_problem(spec, entry, out)
            else:
                _process_file(spec, entry, by_file.get(_clean_rel(entry)), out, ids.get(entry))
    return CorpusTables(
        _articles_frame(out.arts), _units_frame(out.units), _log_frame(out.log), intake_frame(out.intake)
    ).validate()


def _articles_frame(rows: list[dict]) -> pd.DataFrame:
    # column by column, as `_units_frame`; a key a row lacks is missing (None → "" below), as in the row-wise frame
    cols = list(CORPUS_ARTICLES.columns)
    df = pd.DataFrame({c: [r.get(c) for r in rows] for c in cols}, columns=cols)
    for c in CORPUS_ARTICLES.columns:
        df[c] = df[c].astype("int64") if c == "n_units" else df[c].fillna("").astype(str)
    return df


def _units_frame(units: list) -> pd.DataFrame:
    # column by column (one list each), not a dict per row: pandas then reads each list once
    cols = list(CORPUS_UNITS.columns)
    # one C getter per unit and one transposition, not a getattr per cell
    values = list(zip(*map(operator.attrgetter(*cols), units))) if units else [[] for _ in cols]
    df = pd.DataFrame({c: list(v) for c, v in zip(cols, values)}, columns=cols)
    for c in CORPUS_UNITS.columns:
        df[c] = df[c].astype("int64") if c in ("unit_id", "para", "start", "end") else df[c].astype(str)
    return df


def _log_frame(rows: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=list(CLEANING_LOG.columns))
    df["line_no"] = df["line_no"].astype("int64")
    for c in ("doc_id", "line", "reason"):
        df[c] = df[c].astype(str)
    return df


def merge_shards(parts: list[CorpusTables], set_aside_copies: bool = True) -> CorpusTables:
    """Concatenate shard tables in a stable order; duplicate doc ids are a user error.

    Each shard is checked against the table specs as it is read, and the result as it
    is returned. `set_aside_copies=False` keeps the copies of a text its outlet has
    (`analysis.copies`) as the corpus stage read them before copies were set aside: only the
    COVID samplers ask for it, so that rounds drawn from those units draw again the same.
    """
    for k, part in enumerate(parts, 1):
        part.validate(f"shard {k} of {len(parts)}")
    arts = _articles_frame([]) if not parts else pd.concat([p.articles for p in parts], ignore_index=True)
    units = _units_frame([]) if not parts else pd.concat([p.units for p in parts], ignore_index=True)
    # shards may come back from CSV as strings: sort numbers as numbers
    for c in ("unit_id", "para", "start", "end"):
        units[c] = pd.to_numeric(units[c]).astype("int64")
    arts["n_units"] = pd.to_numeric(arts["n_units"]).astype("int64")
    dup = arts[arts["doc_id"].duplicated(keep=False)]
    if len(dup):
        raise duplicate_ids_error(dup["doc_id"], dup["source_path"])
    arts = arts.sort_values("doc_id", kind="mergesort").reset_index(drop=True)
    arts = set_aside(arts) if set_aside_copies else arts
    aside = set_aside_ids(arts)  # as the merge job: a copy of a text its outlet has has no units
    units = units[~units["doc_id"].isin(aside)]
    units = units.sort_values(["doc_id", "unit_id"], kind="mergesort").reset_index(drop=True)
    log = sorted_cleaning_log([p.cleaning_log for p in parts])
    log = log[~log["doc_id"].isin(aside)].reset_index(drop=True)
    return CorpusTables(arts, units, log).validate()


def sorted_cleaning_log(logs: list[pd.DataFrame]) -> pd.DataFrame:
    """The shards' cleaning logs as one, in (doc_id, line_no) order; line numbers sort as numbers.

    Shared by `merge_shards` (tables in memory) and the merge job (`analysis.merge`, files).
    """
    log = pd.concat(logs, ignore_index=True) if logs else _log_frame([])
    log["line_no"] = pd.to_numeric(log["line_no"]).astype("int64")
    return log.sort_values(["doc_id", "line_no"], kind="mergesort").reset_index(drop=True)


def duplicate_ids_error(doc_ids, source_paths) -> UserError:
    """The one message for document ids that occur twice, naming each with its file."""
    pairs = ", ".join(f"{d} ({p})" for d, p in zip(doc_ids, source_paths))
    return UserError(f"duplicate document ids (give them distinct doc_id in the manifest): {pairs}")


def check_strict(articles: pd.DataFrame) -> None:
    """Raise one readable UserError listing every document whose status is not ok."""
    raise_not_ok(validate(articles, CORPUS_ARTICLES))


def raise_not_ok(articles: pd.DataFrame) -> None:
    """`check_strict` on rows already checked against the spec (the merge job's, without text)."""
    bad = articles[articles["status"] != STATUS_OK]
    if len(bad):
        items = "; ".join(
            f"{p or d}: {s}" + (f" ({det})" if det else "")
            for d, p, s, det in zip(bad["doc_id"], bad["source_path"], bad["status"], bad["status_detail"])
        )
        raise UserError(f"strict corpus check failed: {len(bad)} document(s) not ok: {items}")
