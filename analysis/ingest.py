"""Readers: turn the files of a corpus into decoded documents with a status.

A research corpus arrives in many shapes (plain text saved from a browser, HTML pages,
Media Cloud exports) and some of it is broken (empty, binary, UTF-16, legacy-font Hindi).
Every input becomes at least one `RawDoc`; a document that cannot be read still gets a
record with a short `status` and a `status_detail` naming the file and the problem, so
nothing is silently dropped and the user learns what to fix.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from analysis.dates import ParsedDate, parse_published
from analysis.decode import decode_bytes, detect_text  # noqa: F401 (decode_bytes re-exported)
from analysis.exports import COLUMN_ALIASES, ExportError, Record, pick, read_csv, read_jsonl, read_xlsx
from analysis.script import check_language, looks_like_legacy_font  # noqa: F401 (re-exported)
from analysis.survey import HTML_SUFFIXES, INPUT_SUFFIXES, TABLE_SUFFIXES, WORKBOOK_SUFFIXES
from analysis.vocab import STATUS_OK

__all__ = ["COLUMN_ALIASES", "INPUT_SUFFIXES", "RawDoc", "decode_bytes", "looks_like_legacy_font", "read_file"]


@dataclass
class RawDoc:
    """One input document (or one record of an export) before cleaning.

    `text` is None when the bytes could not be turned into text; `meta` holds what a
    structured source (HTML metadata, export columns) says about title/outlet/date/url,
    with `published` already an ISO date (the value as given is in `date`). `fmt`,
    `encoding`, `nbytes`, `record` and `notes` are for the intake report.
    """

    doc_id: str
    source_path: str
    sha256: str
    text: str | None
    status: str = STATUS_OK
    status_detail: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    structured: bool = False  # text came from an extractor/export: no page boilerplate lines
    fmt: str = ""
    encoding: str = ""
    nbytes: int = 0
    record: str = ""  # where in the file: "line 3", "sheet 'S' row 2"; "" for a whole-file document
    date: ParsedDate = ParsedDate("", "", "")
    notes: tuple[str, ...] = ()


def sha256_bytes(data: bytes) -> str:
    """Fingerprint of the raw bytes, so a result can be traced to the exact input."""
    return hashlib.sha256(data).hexdigest()


def read_html(text: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata of an HTML page via trafilatura.

    The extractor already drops navigation and page chrome, so its text goes through
    the same cleaner but starts with the title given separately in `meta`.
    """
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception:  # noqa: BLE001 (a third-party parser on arbitrary bytes: any failure means "no text")
        return "", {}
    if extracted is None:
        return "", {}
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    meta = {
        "title": data.get("title") or "",
        "outlet": data.get("sitename") or "",
        "published": data.get("date") or "",
        "url": data.get("url") or "",
        "byline": data.get("author") or "",
    }
    return data.get("text") or "", {k: v for k, v in meta.items() if v}


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing to follow a symbolic link (the plan refuses them too)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def _with_date(meta: dict[str, str]) -> tuple[dict[str, str], ParsedDate]:
    """Metadata with `published` as an ISO date (dropped if unreadable) and the parsed date."""
    date = parse_published(meta.get("published", ""))
    meta = {k: v for k, v in meta.items() if k != "published"}
    if date.iso:
        meta["published"] = date.iso
    return meta, date


def _record_doc(rec: Record, base: RawDoc, stem: str, seen: set[str], language: str) -> RawDoc:
    """One export record as a document: its id, text, metadata and status."""
    rid = pick(rec.fields or {}, "id")
    did = f"{stem}-{rid}" if rid and rid not in seen else f"{stem}-{rec.k:03d}"
    notes = (f"id {rid!r} repeats an earlier row; this row is {did}",) if rid and rid in seen else ()
    seen.add(rid)
    doc = RawDoc(
        did,
        base.source_path,
        base.sha256,
        None,
        "bad-export",
        rec.error,
        structured=True,
        fmt=base.fmt,
        encoding=base.encoding,
        nbytes=base.nbytes,
        record=rec.where,
        notes=notes,
    )
    if rec.fields is None:
        return doc
    body = pick(rec.fields, "text")
    doc.meta, doc.date = _with_date(
        {k: v for k in ("title", "outlet", "published", "url") if (v := pick(rec.fields, k))}
    )
    where = f"{base.source_path}: row {rec.k} ({rec.where})"
    doc.text = body
    doc.status, doc.status_detail = (STATUS_OK, "") if body.strip() else ("empty", f"{where} has no text")
    if doc.status == STATUS_OK:
        doc.status, doc.status_detail = check_language(body, language, where)
    return doc


def _read_export(data: bytes, text: str | None, base: RawDoc, language: str) -> list[RawDoc]:
    """The documents of a .jsonl/.csv/.xlsx export, one per record."""
    suffix = Path(base.source_path).suffix.lower()
    rel = base.source_path
    try:
        if suffix == ".jsonl":
            records = read_jsonl(text, rel)
        elif suffix == ".csv":
            records, sep = read_csv(text, rel)
            base.fmt = f"csv (separator {sep!r})"
        else:
            records = read_xlsx(data, rel)
    except ExportError as exc:
        base.status, base.status_detail = "bad-export", str(exc)
        return [base]
    seen: set[str] = set()
    docs = [_record_doc(rec, base, base.doc_id, seen, language) for rec in records]
    if not docs:
        base.status, base.status_detail = "empty", f"{rel}: the export has no rows"
    return docs or [base]


def read_file(path: Path, rel: str, doc_id: str, language: str) -> list[RawDoc]:
    """Read one input file into one document (text, HTML) or many (exports).

    Never raises for bad content: problems become status rows.
    """
    suffix = path.suffix.lower()
    base = RawDoc(doc_id, rel, "", None, STATUS_OK, fmt=suffix.lstrip(".") or "none")
    try:
        data = _read_bytes(path)
    except OSError as exc:
        base.status, base.status_detail = "unreadable", f"{rel}: {exc.strerror or exc}"
        return [base]
    base.sha256, base.nbytes = sha256_bytes(data), len(data)
    if suffix in WORKBOOK_SUFFIXES:
        base.encoding = "xlsx"
        return _read_export(data, None, base, language)
    found = detect_text(data, rel)
    base.encoding, base.notes = found.encoding, (found.note,) if found.note else ()
    if found.text is None:
        base.status, base.status_detail = found.status, found.detail
        return [base]
    if suffix in TABLE_SUFFIXES:
        return _read_export(data, found.text, base, language)
    text = found.text
    if suffix in HTML_SUFFIXES:
        text, meta = read_html(text)
        base.meta, base.date = _with_date(meta)
        base.structured = True
        if not text.strip():
            base.status, base.status_detail = "empty", f"{rel}: no main text found in the HTML"
            return [base]
    base.text = text
    base.status, base.status_detail = check_language(text, language, rel)
    return [base]
