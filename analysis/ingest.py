"""Readers: turn the files of a corpus into decoded documents with a status.

A research corpus arrives in many shapes (plain text saved from a browser, HTML pages,
Media Cloud exports) and some of it is broken (empty, binary, UTF-16, legacy-font Hindi).
Every input becomes at least one `RawDoc`; a document that cannot be read still gets a
record with a short `status` and a `status_detail` naming the file and the problem, so
nothing is silently dropped and the user learns what to fix.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from analysis.vocab import STATUS_OK

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".jsonl", ".csv")
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + TABLE_SUFFIXES

# Export column names, first match wins. Media Cloud exports use publish_date,
# media_name, stories_id; other tools use the plain names.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "story_text", "full_text", "content", "body", "article_text"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "media_name", "source", "media", "publisher", "media_url"),
    "published": ("published", "publish_date", "date", "published_at", "pub_date"),
    "url": ("url", "guid", "link"),
    "id": ("doc_id", "id", "stories_id", "story_id"),
}


@dataclass
class RawDoc:
    """One input document before cleaning.

    `text` is None when the bytes could not be turned into text; `meta` holds what a
    structured source (HTML metadata, export columns) says about title/outlet/date/url.
    """

    doc_id: str
    source_path: str
    sha256: str
    text: str | None
    status: str = STATUS_OK
    status_detail: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    structured: bool = False  # text came from an extractor/export: no page boilerplate lines


def sha256_bytes(data: bytes) -> str:
    """Fingerprint of the raw bytes, so a result can be traced to the exact input."""
    return hashlib.sha256(data).hexdigest()


def decode_bytes(data: bytes, name: str) -> tuple[str | None, str, str]:
    """Decode input bytes; return (text, status, detail).

    UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; a file with NUL
    bytes and no UTF-16 BOM is binary; anything else that is not UTF-8 is refused with
    the byte offset of the first bad byte, because guessing an 8-bit code page would
    turn Hindi into confident nonsense.

    >>> decode_bytes("नमस्ते".encode("utf-16"), "a.txt")[1]
    'ok'
    """
    if not data.strip():
        return None, "empty", f"{name}: the file is empty"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), STATUS_OK, ""
        except UnicodeDecodeError as exc:
            return None, "not-utf8", f"{name}: UTF-16 BOM but undecodable bytes at {exc.start}"
    if b"\x00" in data[:4096]:
        return None, "binary", f"{name}: binary data (NUL bytes), not a text document"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, "not-utf8", (
            f"{name}: bytes are not UTF-8 (first bad byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); re-save the file as UTF-8"
        )
    if not text.strip():
        return None, "empty", f"{name}: the file holds only white space"
    return text, STATUS_OK, ""


# Frequent KrutiDev/Chanakya renderings of common Hindi words (है का के की में ने से
# और कि भी यह को पर): legacy fonts map Devanagari glyphs onto Latin code points, so the
# bytes read as Latin text in which these tokens recur.
_KRUTIDEV_TOKENS = frozenset(
    "gS dk ds dh esa us ls vkSj fd Hkh ;g dks ij vius mUgksaus fy, x;k x;h FkkA gSA".split()
)
_LATIN = re.compile(r"[A-Za-z]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")  # the whole script block: this counts script, not words


def looks_like_legacy_font(text: str) -> bool:
    """True when Hindi text was typed in a legacy font (KrutiDev and kin).

    Such text is Latin letters where Devanagari is expected ("dsUnz ljdkj us 'kfuokj
    dks" = "केंद्र सरकार ने शनिवार को"). Signal: almost no Devanagari, mostly Latin
    letters, and a noticeable share of the legacy renderings of the commonest words.
    """
    sample = text[:20000]
    latin = len(_LATIN.findall(sample))
    deva = len(_DEVANAGARI.findall(sample))
    if latin < 20 or deva > 0.2 * latin:
        return False
    words = sample.split()
    hits = sum(1 for w in words if w.strip(",.\"'()") in _KRUTIDEV_TOKENS)
    return hits >= 3 and hits / max(len(words), 1) >= 0.05


def check_language(text: str, language: str, name: str) -> tuple[str, str]:
    """Status for decoded text that is not in the expected script."""
    if language == "hi" and looks_like_legacy_font(text):
        return "legacy-font-encoding", (
            f"{name}: Latin gibberish where Hindi is expected (a legacy font such as "
            "KrutiDev); convert it to Unicode Devanagari first"
        )
    return STATUS_OK, ""


def read_html(text: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata of an HTML page via trafilatura.

    The extractor already drops navigation and page chrome, so its text goes through
    the same cleaner but starts with the title given separately in `meta`.
    """
    import trafilatura

    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, favor_precision=True
    )
    if extracted is None:
        return "", {}
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    meta = {
        "title": data.get("title") or "",
        "outlet": data.get("sitename") or "",
        "published": (data.get("date") or "")[:10],
        "url": data.get("url") or "",
        "byline": data.get("author") or "",
    }
    return data.get("text") or "", {k: v for k, v in meta.items() if v}


def _pick(row: dict[str, str], key: str) -> str:
    lower = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    for alias in COLUMN_ALIASES[key]:
        value = lower.get(alias)
        if value not in (None, ""):
            return str(value)
    return ""


def read_table_rows(text: str, suffix: str, name: str) -> list[dict[str, str]]:
    """Rows of a .jsonl or .csv export as dicts; a malformed line raises ValueError."""
    rows: list[dict[str, str]] = []
    if suffix == ".jsonl":
        for i, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{name}: line {i} is not JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{name}: line {i} is not a JSON object")
            rows.append({k: "" if v is None else str(v) for k, v in obj.items()})
    else:
        rows = [dict(r) for r in csv.DictReader(io.StringIO(text))]
    return rows


def read_file(path: Path, rel: str, doc_id: str, language: str) -> list[RawDoc]:
    """Read one input file into one document (text, HTML) or many (exports).

    Never raises for bad content: problems become status rows.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [RawDoc(doc_id, rel, "", None, "unreadable", f"{rel}: {exc.strerror}")]
    digest = sha256_bytes(data)
    text, status, detail = decode_bytes(data, rel)
    if text is None:
        return [RawDoc(doc_id, rel, digest, None, status, detail)]
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        try:
            rows = read_table_rows(text, suffix, rel)
        except (ValueError, csv.Error) as exc:
            return [RawDoc(doc_id, rel, digest, None, "bad-export", str(exc))]
        docs = []
        for k, row in enumerate(rows, 1):
            body = _pick(row, "text")
            rid = _pick(row, "id")
            did = f"{doc_id}-{rid}" if rid else f"{doc_id}-{k:03d}"
            meta = {key: _pick(row, key) for key in ("title", "outlet", "published", "url")}
            meta = {k2: v for k2, v in meta.items() if v}
            if "published" in meta:
                meta["published"] = meta["published"][:10]
            st, det = (STATUS_OK, "") if body.strip() else ("empty", f"{rel}: row {k} has no text")
            if st == STATUS_OK:
                st, det = check_language(body, language, f"{rel} row {k}")
            docs.append(RawDoc(did, rel, digest, body, st, det, meta, structured=True))
        if not docs:
            return [RawDoc(doc_id, rel, digest, None, "empty", f"{rel}: the export has no rows")]
        return docs
    meta: dict[str, str] = {}
    structured = False
    if suffix in HTML_SUFFIXES:
        text, meta = read_html(text)
        structured = True
        if not text.strip():
            return [RawDoc(doc_id, rel, digest, None, "empty", f"{rel}: no main text found in the HTML")]
    status, detail = check_language(text, language, rel)
    return [RawDoc(doc_id, rel, digest, text, status, detail, meta, structured)]
