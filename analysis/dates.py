"""Publication dates: one ISO date out of whatever a page, an export or a manifest says.

Dates arrive as '2021-04-08', '2020-03-01T23:30:00-05:00', 'Jan 10, 2021', '10/01/2021',
'08 अप्रैल 2021' or '१२ मार्च २०२०'. Cutting the string (`[:10]`) or a handful of regexes
loses most of these, so values go through `dateparser` (Hindi and English month names,
day first as Indian papers write it). The date is the one *as written*: a time zone is
not converted, because the paper's own calendar day is what a reader saw. Relative
dates ("2 days ago") are refused: they would depend on the day the analysis runs.
A date that cannot be read is not a reason to drop a document: `published` is left
empty, and the raw value and the problem go to the intake report (`ParsedDate`).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from analysis.normalize import norm

DATE_OK = "ok"
DATE_UNPARSED = "unparsed"
DATE_STATUSES = (DATE_OK, DATE_UNPARSED)  # "" when no source gave a date

_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_LANGUAGES = ["hi", "en"]
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# 20240305 in an export's date column (a plausible year, month and day, nothing else)
_COMPACT = re.compile(r"((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
_NUMERIC = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)")
_MAX_RAW = 200  # longer "dates" are text, not a date field

_MONTH_NUM = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_HI_MONTH_NUM = {
    "जनवरी": 1,
    "फरवरी": 2,
    "मार्च": 3,
    "अप्रैल": 4,
    "अप्रेल": 4,
    "मई": 5,
    "जून": 6,
    "जुलाई": 7,
    "अगस्त": 8,
    "सितंबर": 9,
    "अक्टूबर": 10,
    "अक्तूबर": 10,
    "नवंबर": 11,
    "दिसंबर": 12,
}
_HI_MONTH_NORM = {norm(k): v for k, v in _HI_MONTH_NUM.items()}


@dataclass(frozen=True)
class ParsedDate:
    """A date as given (`raw`), as ISO (`iso`, "" if unreadable) and whether it was read."""

    raw: str
    iso: str
    status: str  # "" (no value), "ok", "unparsed"

    @property
    def problem(self) -> str:
        """A sentence for the intake report when the value could not be read, else ""."""
        return f"date {self.raw!r} not understood; published left empty" if self.status == DATE_UNPARSED else ""


def _dateparser(text: str) -> str:
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=_LANGUAGES, settings=_SETTINGS)
    except (ValueError, OverflowError, RecursionError):
        return ""
    return parsed.strftime("%Y-%m-%d") if parsed and 1000 <= parsed.year <= 9999 else ""


def parse_published(raw: str) -> ParsedDate:
    """Read a date field (manifest, export column, HTML metadata).

    >>> parse_published("Jan 10, 2021").iso, parse_published("10/01/2021").iso
    ('2021-01-10', '2021-01-10')
    >>> parse_published("2020-03-01T23:30:00-05:00").iso
    '2020-03-01'
    >>> parse_published("08 अप्रैल 2021").iso, parse_published("soon").status
    ('2021-04-08', 'unparsed')
    """
    raw = (raw or "").strip()
    if not raw:
        return ParsedDate("", "", "")
    m = _ISO.match(raw) or _COMPACT.fullmatch(raw)
    iso = _real_date(m[1], m[2], m[3]) if m else (_dateparser(raw) if len(raw) <= _MAX_RAW else "")
    return ParsedDate(raw, iso, DATE_OK if iso else DATE_UNPARSED)


def _real_date(year: str | int, month: str | int, day: str | int) -> str:
    """The ISO date of year, month and day if that day exists, else "".

    An ISO-shaped value was passed through unchecked, so a typing slip such as
    "2024-02-30" or "2024-13-05" became a `published` date no calendar has (and broke
    grouping by month); it is reported as not understood instead.

    >>> _real_date("2024", "02", "29"), _real_date("2023", "02", "29"), _real_date("2024", "13", "05")
    ('2024-02-29', '', '')
    """
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


def parse_date(text: str) -> str:
    """ISO date found in a date line of a page ('Published : Apr 8, 2021, 4:28 AM IST'), or "".

    The common shapes are matched first (they are unambiguous and fast); a numeric
    day-first date ('10/01/2021') goes through `dateparser`. A month-name date that no
    calendar has ('31 फरवरी 2023', 'Feb 30, 2021') is not read: it used to become the
    `published` value '2023-02-31' with date_status ok, which breaks grouping by month.

    >>> parse_date("Updated: 10/01/2021 10:30 IST"), parse_date("Published: Feb 30, 2021")
    ('2021-01-10', '')
    """
    t = norm(text)
    m = _ISO.search(t)
    if m:
        return _real_date(m[1], m[2], m[3])
    m = re.search(r"([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", t)
    if m and m[1] in _MONTH_NUM:
        return _real_date(m[3], _MONTH_NUM[m[1]], m[2])
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})", t)
    if m and m[2] in _MONTH_NUM:
        return _real_date(m[3], _MONTH_NUM[m[2]], m[1])
    m = re.search(r"(\d{1,2})\s+(" + "|".join(_HI_MONTH_NORM) + r")\s*,?\s+(\d{4})", t)
    if m:
        return _real_date(m[3], _HI_MONTH_NORM[m[2]], m[1])
    m = _NUMERIC.search(t)
    return _dateparser(m[0]) if m else ""
