"""Table exports (.jsonl, .csv, .xlsx): one record per row, a bad row never costs the good ones.

News tools export articles as JSON lines (Media Cloud), CSV (from any spreadsheet, with
`,` or `;` or tabs, sometimes with fields of whole books) or Excel workbooks. Each reader
yields `Record`s in file order; a row that cannot be read is a `Record` with an `error`
that names its line, so the document table gets a status row for it and the rows around
it are read as usual. A problem with the whole file (no text column) is an `ExportError`
whose message names the columns that were found.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from contextlib import contextmanager
from dataclasses import dataclass

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
CSV_SEPARATORS = ",;\t|"
# The csv module refuses fields over 131,072 characters by default; an article export
# may hold a whole book in one cell. The limit is raised while a file is read.
_CSV_FIELD_LIMIT = 2**31 - 1


class ExportError(ValueError):
    """A whole export cannot be read (no text column, not a workbook); the message says why."""


@dataclass(frozen=True)
class Record:
    """Row `k` (1-based, in file order) of an export: its fields, or why it could not be read."""

    k: int
    where: str  # "line 3", "sheet 'Sheet1' row 4"
    fields: dict[str, str] | None
    error: str = ""


def pick(fields: dict[str, str], key: str) -> str:
    """The first non-empty value among the aliases of `key` (see COLUMN_ALIASES), or ""."""
    lower = {str(k).strip().lower(): v for k, v in fields.items() if k is not None}
    for alias in COLUMN_ALIASES[key]:
        value = lower.get(alias)
        if value not in (None, ""):
            return str(value)
    return ""


def has_text_column(columns) -> bool:
    """Whether any of the column names is a text column alias."""
    return any(str(c).strip().lower() in COLUMN_ALIASES["text"] for c in columns if c is not None)


def _no_text_column(name: str, columns, how: str = "") -> ExportError:
    found = ", ".join(repr(str(c)) for c in columns if c not in (None, "")) or "none"
    return ExportError(
        f"{name}: no text column{how}; looked for {', '.join(COLUMN_ALIASES['text'])}; found columns: {found}"
    )


def read_jsonl(text: str, name: str) -> list[Record]:
    """One record per non-blank line; a line that is not a JSON object is an error record.

    Lines are split at newlines only: JSON strings may hold U+2028 and other characters
    that `str.splitlines` would also split at.
    """
    records: list[Record] = []
    keys: set[str] = set()
    for i, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        k = len(records) + 1
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = getattr(exc, "msg", "too deeply nested")
            records.append(Record(k, f"line {i}", None, f"{name}: line {i} is not JSON ({msg})"))
            continue
        if not isinstance(obj, dict):
            records.append(Record(k, f"line {i}", None, f"{name}: line {i} is not a JSON object"))
            continue
        if problem := _text_not_a_string(obj):
            records.append(Record(k, f"line {i}", None, f"{name}: line {i}: {problem}"))
            keys.update(obj)
            continue
        keys.update(obj)
        records.append(Record(k, f"line {i}", {str(key): "" if v is None else str(v) for key, v in obj.items()}))
    if keys and not has_text_column(keys):
        raise _no_text_column(name, sorted(keys))
    return records


def _text_not_a_string(obj: dict) -> str:
    """Why a JSON record's text field cannot be an article's text, or "".

    A number or a list printed as text became a one-line "article" (status headline-only, with no
    word of where it came from); it is the record's problem, so its line is named.

    >>> _text_not_a_string({"Text": [1, 2]})
    "its text field 'Text' holds a JSON array, not a string"
    >>> _text_not_a_string({"text": "खबर", "id": 7})
    ''
    """
    kinds = {list: "a JSON array", dict: "a JSON object", bool: "true/false", int: "a number", float: "a number"}
    for key, value in obj.items():
        if str(key).strip().lower() in COLUMN_ALIASES["text"] and value is not None and not isinstance(value, str):
            return f"its text field {key!r} holds {kinds.get(type(value), type(value).__name__)}, not a string"
    return ""


@contextmanager
def _csv_field_limit():
    old = csv.field_size_limit(_CSV_FIELD_LIMIT)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _header(text: str, sep: str) -> list[str]:
    try:
        return next(csv.reader(io.StringIO(text), delimiter=sep), [])
    except csv.Error:
        return []


def csv_separator(text: str) -> str:
    """The separator whose header row has a text column: csv.Sniffer's guess first, then , ; tab |.

    >>> csv_separator("id;text\\n1;a, b, c\\n")
    ';'
    """
    try:
        sniffed = csv.Sniffer().sniff(text[:65536], delimiters=CSV_SEPARATORS).delimiter
    except csv.Error:
        sniffed = ","
    with _csv_field_limit():
        for sep in dict.fromkeys(sniffed + CSV_SEPARATORS):
            if has_text_column(_header(text, sep)):
                return sep
        header = _header(text, sniffed)
    raise _no_text_column("", header, f" (separator {sniffed!r})")


def read_csv(text: str, name: str) -> tuple[list[Record], str]:
    """Records of a CSV export and the separator used.

    Blank rows are not records; a row with more non-empty fields than the header is
    an error record (a stray separator or quote would shift its columns); a short row
    has its missing trailing fields empty.
    """
    try:
        sep = csv_separator(text)
    except ExportError as exc:
        raise ExportError(f"{name}{exc}") from None
    records: list[Record] = []
    with _csv_field_limit():
        reader = csv.reader(io.StringIO(text), delimiter=sep)
        header = [h.strip() for h in next(reader)]
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                records.append(
                    Record(
                        len(records) + 1,
                        f"line {reader.line_num}",
                        None,
                        f"{name}: line {reader.line_num} is not valid CSV ({exc})",
                    )
                )
                continue
            if not any(cell.strip() for cell in row):
                continue
            k, where = len(records) + 1, f"line {reader.line_num}"
            if any(cell.strip() for cell in row[len(header) :]):
                records.append(
                    Record(
                        k,
                        where,
                        None,
                        f"{name}: {where} has {len(row)} fields, the header {len(header)} (a stray {sep!r} or quote?)",
                    )
                )
                continue
            records.append(Record(k, where, dict(zip(header, row + [""] * (len(header) - len(row))))))
    return records, sep


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(data: bytes, name: str) -> list[Record]:
    """Records of every sheet of an Excel workbook (first non-empty row of a sheet = header)."""
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ExportError(f"{name}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from None
    records: list[Record] = []
    headers: list[str] = []
    for sheet in book.worksheets:
        rows = ([_cell(v) for v in row] for row in sheet.iter_rows(values_only=True))
        header: list[str] | None = None
        for r, row in enumerate(rows, 1):
            if not any(c.strip() for c in row):
                continue
            if header is None:
                header = [c.strip() for c in row]
                headers += [c for c in header if c]
                continue
            where = f"sheet {sheet.title!r} row {r}"
            if not has_text_column(header):
                records.append(
                    Record(len(records) + 1, where, None, str(_no_text_column(f"{name} sheet {sheet.title!r}", header)))
                )
                break
            records.append(Record(len(records) + 1, where, dict(zip(header, row))))
    book.close()
    if records and all(r.fields is None for r in records) and not has_text_column(headers):
        raise _no_text_column(name, headers)
    return records
